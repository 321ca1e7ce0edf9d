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
        var plan = AggregateSplitPlan.Make(split, from, filter.To, closedBefore, CoveredStarts(cached.Splits, split, lower, upper));
        var usable = cached.Splits.Where(held => held.Groups.Count > 0 && plan.Cached.Contains(held.Start)).ToList();
        var cachedGroups = usable.Sum(held => held.Groups.Count);
        if ((plan.Cached.Count == 0 && plan.ToStore.Count == 0) || cachedGroups > options.MaxGroupsPerRequest)
        {
            return await aggregator.CountAsync(filter, groupings, interval, limit, cancellationToken);
        }

        var counted = await aggregator.CountSplitsAsync(
            filter, groupings, split, plan.Counted, options.MaxGroupsPerRequest - cachedGroups, cancellationToken);
        if (counted is null)
        {
            return await aggregator.CountAsync(filter, groupings, interval, limit, cancellationToken);
        }

        await StoreAsync(key, cached.Generation, split, plan.ToStore, counted, cancellationToken);
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

    /// <summary>The start of every split in [<paramref name="lower"/>, <paramref name="upper"/>) that a cached row covers.</summary>
    private static IEnumerable<DateTimeOffset> CoveredStarts(
        IReadOnlyList<CountedSplit> splits, BucketInterval split, DateTimeOffset lower, DateTimeOffset upper)
    {
        var width = split.Width();
        foreach (var held in splits)
        {
            var end = held.End < upper ? held.End : upper;
            for (var start = held.Start > lower ? held.Start : lower; start < end; start += width)
            {
                yield return start;
            }
        }
    }

    /// <summary>
    /// Stores the newly closed splits (<paramref name="toStore"/>, in time order): each split with logs as a row, and
    /// each run of consecutive splits without any as one row, so that they are not counted again.
    /// </summary>
    private Task StoreAsync(
        AggregateCacheKey key,
        long generation,
        BucketInterval split,
        IReadOnlyList<DateTimeOffset> toStore,
        IReadOnlyList<LogGroupCount> counted,
        CancellationToken cancellationToken)
    {
        if (toStore.Count == 0)
        {
            return Task.CompletedTask;
        }

        var width = split.Width();
        var bySplit = counted.ToLookup(group => group.Bucket!.Value);
        var rows = new List<CountedSplit>();
        foreach (var start in toStore)
        {
            var groups = bySplit[start].Select(group => new SplitGroup(group.Values, group.Count)).ToList();
            if (groups.Count == 0 && rows.Count > 0 && rows[^1].Groups.Count == 0 && rows[^1].End == start)
            {
                rows[^1] = rows[^1] with { End = start + width };
                continue;
            }

            rows.Add(new CountedSplit(start, start + width, groups));
        }

        return cache.StoreAsync(key, generation, rows, cancellationToken);
    }
}
