using Logtrail.Application.Logs.Idempotency;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs;

/// <summary>
/// Stores logs durably: when it returns <see cref="WriteOutcome.Written"/>, the logs, their usage count and (given
/// an <see cref="IdempotentWrite"/>) the response to replay are committed together. With an idempotency key already
/// used, it stores nothing and says why.
/// </summary>
public interface ILogWriter
{
    Task<WriteOutcome> WriteAsync(IReadOnlyList<LogEntry> entries, IdempotentWrite? idempotency, CancellationToken cancellationToken);
}
