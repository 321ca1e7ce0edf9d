using Logtrail.Application.Common.Persistence;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>
/// The counts of closed splits of time, per project, environment and aggregate fingerprint, shared by every instance
/// (port of the aggregate results cache). Splits belong to a generation of their project; a change to logs that may
/// already be counted in a closed split moves the project to the next generation, and only the current one is read.
/// </summary>
public interface IAggregateCache
{
    /// <summary>
    /// In one snapshot: the project's generation, the splits of that generation that overlap [<paramref name="from"/>,
    /// <paramref name="to"/>), and how long the oldest transaction still open in the database has been running.
    /// </summary>
    Task<CachedAggregate> ReadAsync(AggregateCacheKey key, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="splits"/> unless the project has left <paramref name="generation"/> meanwhile.</summary>
    Task StoreAsync(AggregateCacheKey key, long generation, IReadOnlyList<CountedSplit> splits, CancellationToken cancellationToken);

    /// <summary>Moves the project to its next generation inside <paramref name="transaction"/> (historical import).</summary>
    Task InvalidateAsync(IWriteTransaction transaction, Guid projectId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes splits that started before <paramref name="expiredBefore"/> or belong to a past generation, then the
    /// splits cached longest ago beyond <paramref name="maxSplits"/>; returns how many went.
    /// </summary>
    Task<long> TrimAsync(DateTimeOffset expiredBefore, int maxSplits, CancellationToken cancellationToken);
}

/// <summary>What one aggregate is cached under.</summary>
public sealed record AggregateCacheKey(Guid ProjectId, DeploymentEnvironment Environment, byte[] Fingerprint);

/// <summary>The project's generation, the cached splits of it and the age of the oldest open transaction.</summary>
public sealed record CachedAggregate(long Generation, TimeSpan OldestTransactionAge, IReadOnlyList<CountedSplit> Splits);

/// <summary>
/// [<see cref="Start"/>, <see cref="End"/>): one split and its groups (values as
/// <see cref="ILogAggregator.CountSplitsAsync"/> gives them) with their counts, or a run of consecutive splits without
/// any log (no groups).
/// </summary>
public sealed record CountedSplit(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<SplitGroup> Groups);

/// <summary>One group of a split: its values in <c>group_by</c> order and its count.</summary>
public sealed record SplitGroup(IReadOnlyList<string?> Values, long Count);
