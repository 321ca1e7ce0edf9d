namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>
/// How one aggregate's window is counted: the closed whole splits inside it that the cache holds
/// (<see cref="Cached"/>), those it does not yet hold (<see cref="ToStore"/>: counted now and stored), and the
/// ranges counted from the rows (<see cref="Counted"/>: the splits to store, and the partial or still open splits
/// at the window's edges). At most <see cref="MaxCountedRanges"/> ranges: a window whose cached splits are more
/// scattered than that is counted whole and its closed splits stored again.
/// </summary>
public sealed record AggregateSplitPlan(IReadOnlySet<DateTimeOffset> Cached, IReadOnlyList<DateTimeOffset> ToStore, IReadOnlyList<TimeRange> Counted)
{
    public const int MaxCountedRanges = 8;

    /// <param name="split">The width of a split.</param>
    /// <param name="from">The window's start (retention or the request's <c>from</c>, whichever is later).</param>
    /// <param name="to">The window's end, exclusive; null when open above.</param>
    /// <param name="closedBefore">No write can still add a log stamped before this instant.</param>
    /// <param name="cached">The starts of the splits the cache holds.</param>
    public static AggregateSplitPlan Make(
        BucketInterval split, DateTimeOffset from, DateTimeOffset? to, DateTimeOffset closedBefore, IEnumerable<DateTimeOffset> cached)
    {
        var whole = new TimeRange(from, to);
        var first = split.Ceiling(from);
        var last = split.Floor(to is { } end && end < closedBefore ? end : closedBefore);
        if (first >= last)
        {
            return new AggregateSplitPlan(new HashSet<DateTimeOffset>(), [], [whole]);
        }

        var width = split.Width();
        var held = cached.Where(start => start >= first && start < last).ToHashSet();
        var missing = new List<DateTimeOffset>();
        for (var start = first; start < last; start += width)
        {
            if (!held.Contains(start))
            {
                missing.Add(start);
            }
        }

        var ranges = new List<TimeRange>();
        Append(ranges, new TimeRange(from, first));
        foreach (var start in missing)
        {
            Append(ranges, new TimeRange(start, start + width));
        }

        Append(ranges, new TimeRange(last, to));
        if (ranges.Count > MaxCountedRanges)
        {
            var all = Enumerable.Range(0, (int)((last - first) / width)).Select(index => first + (width * index)).ToList();
            return new AggregateSplitPlan(new HashSet<DateTimeOffset>(), all, [whole]);
        }

        return new AggregateSplitPlan(held, missing, ranges);
    }

    /// <summary>Adds a non-empty range, joined to the previous one when they touch.</summary>
    private static void Append(List<TimeRange> ranges, TimeRange range)
    {
        if (range.To is { } end && end <= range.From)
        {
            return;
        }

        if (ranges.Count > 0 && ranges[^1].To == range.From)
        {
            ranges[^1] = ranges[^1] with { To = range.To };
            return;
        }

        ranges.Add(range);
    }
}
