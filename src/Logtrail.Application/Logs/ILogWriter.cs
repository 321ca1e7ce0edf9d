using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs;

/// <summary>Stores logs durably: when it returns, the logs and their usage count are committed together.</summary>
public interface ILogWriter
{
    Task WriteAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);
}
