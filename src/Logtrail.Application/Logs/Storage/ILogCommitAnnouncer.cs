using Logtrail.Application.Common.Persistence;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Storage;

/// <summary>
/// Tells live tails on every instance about logs being written: queued inside the write transaction, delivered only
/// if and when it commits. One announcement per batch, never one per log.
/// </summary>
public interface ILogCommitAnnouncer
{
    Task AnnounceAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);
}
