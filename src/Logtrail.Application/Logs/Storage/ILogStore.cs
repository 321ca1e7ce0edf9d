using Logtrail.Application.Common.Persistence;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Storage;

/// <summary>The <c>logs</c> table: appends entries inside a write transaction.</summary>
public interface ILogStore
{
    /// <summary>Appends every entry; they are visible once <paramref name="transaction"/> commits.</summary>
    Task AppendAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the entries whose id is not stored yet in their project and environment (historical import); returns
    /// how many it stored.
    /// </summary>
    Task<int> ImportAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);

    /// <summary>Makes sure the daily partitions of these UTC days exist (each in its own short transaction).</summary>
    Task PreparePartitionsAsync(IReadOnlyList<DateOnly> days, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: drops, whole, every partition whose logs all lie before <paramref name="cutoff"/> (a partition it
    /// cannot lock at once is left to the next run); returns how many it dropped.
    /// </summary>
    Task<int> DropPartitionsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: deletes the project's logs stored before <paramref name="cutoff"/>, at most
    /// <paramref name="batchSize"/> per short transaction; returns how many it deleted.
    /// </summary>
    Task<long> DeleteStoredBeforeAsync(Guid projectId, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken);
}
