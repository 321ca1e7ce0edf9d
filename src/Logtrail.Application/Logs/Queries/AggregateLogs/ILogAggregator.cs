namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>
/// Counts the logs a <see cref="LogFilter"/> selects, grouped (port of <c>POST /logs/aggregate</c>). Returns at most
/// <paramref name="limit"/> groups ordered by bucket, then count (largest first), then key.
/// </summary>
public interface ILogAggregator
{
    Task<IReadOnlyList<LogGroupCount>> CountAsync(
        LogFilter filter, IReadOnlyList<LogGrouping> groupBy, BucketInterval? interval, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// One group: <see cref="Values"/> in <c>group_by</c> order — a level's wire name, an action, environment or tag as
/// text, a JSON path's value as JSON text; null when the log has no such value.
/// </summary>
public sealed record LogGroupCount(IReadOnlyList<string?> Values, DateTimeOffset? Bucket, long Count);
