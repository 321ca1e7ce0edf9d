namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>
/// Counts an aggregate from the cache where it can: the window's closed whole splits (hours; minutes for a
/// per-minute aggregate) come from <see cref="IAggregateCache"/>, and one <c>GROUP BY</c> counts the rest from the
/// rows — the splits not cached yet (then stored), the partial ones at the window's edges and those still open.
/// A split is closed once it ended before the oldest open transaction began, less the longest a write may take from
/// stamping its logs to its commit and the clocks' skew (<see cref="AggregateCacheOptions"/>). Grouping by a JSON
/// path (unbounded values), a window with no closed whole split, the cache switched off, or more than
/// <see cref="AggregateCacheOptions.MaxGroupsPerRequest"/> split groups: a single <c>GROUP BY</c> over the rows.
/// </summary>
public sealed class AggregateCounter(ILogAggregator aggregator, IAggregateCache cache, AggregateCacheOptions options, TimeProvider clock)
{
    public async Task<IReadOnlyList<LogGroupCount>> CountAsync(
        LogFilter filter, IReadOnlyList<LogGrouping> groupings, BucketInterval? interval, int limit, CancellationToken cancellationToken)
    {
        if (!options.Enabled || groupings.Any(grouping => grouping.Kind == LogGroupingKind.Json))
        {
            return await aggregator.CountAsync(filter, groupings, interval, limit, cancellationToken);
        }

        var split = interval == BucketInterval.Minute ? BucketInterval.Minute : BucketInterval.Hour;
        var from = filter.From is { } requested && requested > filter.NotBefore ? requested : filter.NotBefore;
        var now = clock.GetUtcNow();
        var lower = split.Ceiling(from);
        var upper = split.Floor(filter.To is { } to && to < now ? to : now);
        if (lower >= upper)
        {
            return await aggregator.CountAsync(filter, groupings, interval, limit, cancellationToken);
        }

        var key = new AggregateCacheKey(filter.ProjectId, filter.Environment, AggregateFingerprint.Of(filter.Query!, groupings, split));
        var cached = await cache.ReadAsync(key, lower, upper, cancellationToken);
        var closedBefore = now - cached.OldestTransactionAge - options.MaxWriteAge - options.ClockSkew;
        var plan = AggregateSplitPlan.Make(split, from, filter.To, closedBefore, cached.Splits.Select(held => held.Start));
        var usable = cached.Splits.Where(held => plan.Cached.Contains(held.Start)).ToList();
        var cachedGroups = usable.Sum(held => held.Groups.Count);
        if ((usable.Count == 0 && plan.ToStore.Count == 0) || cachedGroups > options.MaxGroupsPerRequest)
        {
            return await aggregator.CountAsync(filter, groupings, interval, limit, cancellationToken);
        }

        var counted = await aggregator.CountSplitsAsync(
            filter, groupings, split, plan.Counted, options.MaxGroupsPerRequest - cachedGroups, cancellationToken);
        if (counted is null)
        {
            return await aggregator.CountAsync(filter, groupings, interval, limit, cancellationToken);
        }

        await StoreAsync(key, cached.Generation, plan.ToStore, counted, cancellationToken);
        var tally = new AggregateTally(groupings, interval);
        foreach (var held in usable)
        {
            foreach (var group in held.Groups)
            {
                tally.Add(group.Values, held.Start, group.Count);
            }
        }

        foreach (var group in counted)
        {
            tally.Add(group.Values, group.Bucket!.Value, group.Count);
        }

        return tally.Ordered(limit);
    }

    /// <summary>Stores the newly closed splits, those without any log included (so they are not counted again).</summary>
    private Task StoreAsync(
        AggregateCacheKey key, long generation, IReadOnlyList<DateTimeOffset> toStore, IReadOnlyList<LogGroupCount> counted, CancellationToken cancellationToken)
    {
        if (toStore.Count == 0)
        {
            return Task.CompletedTask;
        }

        var bySplit = counted.ToLookup(group => group.Bucket!.Value);
        var splits = toStore
            .Select(start => new CountedSplit(start, bySplit[start].Select(group => new SplitGroup(group.Values, group.Count)).ToList()))
            .ToList();
        return cache.StoreAsync(key, generation, splits, cancellationToken);
    }
}
