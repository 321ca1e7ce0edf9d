using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Storage;

/// <summary>
/// Stores logs without an <c>Idempotency-Key</c>: when the task completes they and their usage count are committed.
/// An implementation may share one transaction between concurrent requests (group commit).
/// </summary>
public interface ILogCommitter
{
    Task CommitAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);
}
