namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>
/// Counts the logs a <see cref="LogFilter"/> selects, grouped (port of <c>POST /logs/aggregate</c>).
/// </summary>
public interface ILogAggregator
{
    /// <summary>
    /// One <c>GROUP BY</c> over every selected row: at most <paramref name="limit"/> groups ordered by bucket, then
    /// count (largest first), then key.
    /// </summary>
    Task<IReadOnlyList<LogGroupCount>> CountAsync(
        LogFilter filter, IReadOnlyList<LogGrouping> groupBy, BucketInterval? interval, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The selected rows whose <c>server_timestamp</c> lies in one of <paramref name="ranges"/>, grouped by
    /// <paramref name="groupBy"/> and by split of <paramref name="split"/> (each <see cref="LogGroupCount.Bucket"/> is
    /// its split's start), in no particular order; null when there are more than <paramref name="maxGroups"/> groups.
    /// </summary>
    Task<IReadOnlyList<LogGroupCount>?> CountSplitsAsync(
        LogFilter filter, IReadOnlyList<LogGrouping> groupBy, BucketInterval split, IReadOnlyList<TimeRange> ranges, int maxGroups,
        CancellationToken cancellationToken);
}

/// <summary>
/// One group: <see cref="Values"/> in <c>group_by</c> order — a level's wire name, an action, environment or tag as
/// text, a JSON path's value as JSON text; null when the log has no such value.
/// </summary>
public sealed record LogGroupCount(IReadOnlyList<string?> Values, DateTimeOffset? Bucket, long Count);

/// <summary>[<see cref="From"/>, <see cref="To"/>) on <c>server_timestamp</c>; no <see cref="To"/> is open above.</summary>
public sealed record TimeRange(DateTimeOffset From, DateTimeOffset? To);
