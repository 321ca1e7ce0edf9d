using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Storage;
using Logtrail.Domain.Logs;
using Logtrail.Infrastructure.Persistence;

namespace Logtrail.Infrastructure.Logs.Tail;

/// <summary>The <see cref="ILogCommitAnnouncer"/> of PostgreSQL: a <see cref="LogCommitAnnouncement"/> NOTIFY queued with the write transaction's commit.</summary>
public sealed class LogCommitAnnouncer : ILogCommitAnnouncer
{
    public Task AnnounceAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count > 0)
        {
            LogCommitAnnouncement.Announce(WriteTransaction.Of(transaction), entries);
        }

        return Task.CompletedTask;
    }
}
