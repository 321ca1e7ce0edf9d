using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Storage;
using Logtrail.Domain.Logs;
using Logtrail.Infrastructure.Persistence;

namespace Logtrail.Infrastructure.Logs.Tail;

/// <summary>The <see cref="ILogCommitAnnouncer"/> of PostgreSQL: a <see cref="LogCommitAnnouncement"/> NOTIFY in the write transaction.</summary>
public sealed class LogCommitAnnouncer : ILogCommitAnnouncer
{
    public Task AnnounceAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken) =>
        entries.Count == 0 ? Task.CompletedTask : LogCommitAnnouncement.AnnounceAsync(WriteTransaction.Of(transaction), entries, cancellationToken);
}
