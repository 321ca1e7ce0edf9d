using System.Text;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>
/// Adds up split counts into the response's groups — one per group values and bucket of the requested interval (or
/// one bucket for the whole window) — and orders them as the single <c>GROUP BY</c> does: by bucket, then count
/// (largest first), then the values (levels in severity order, other text ordinally, missing values last).
/// </summary>
public sealed class AggregateTally(IReadOnlyList<LogGrouping> groupings, BucketInterval? interval)
{
    private readonly Dictionary<string, LogGroupCount> _groups = new(StringComparer.Ordinal);

    public int Count => _groups.Count;

    /// <summary>Adds <paramref name="count"/> logs of <paramref name="values"/> in the split starting at <paramref name="splitStart"/>.</summary>
    public void Add(IReadOnlyList<string?> values, DateTimeOffset splitStart, long count)
    {
        DateTimeOffset? bucket = interval is { } width ? width.Floor(splitStart) : null;
        var key = KeyOf(values, bucket);
        _groups[key] = _groups.TryGetValue(key, out var group) ? group with { Count = group.Count + count } : new LogGroupCount(values, bucket, count);
    }

    /// <summary>The first <paramref name="limit"/> groups in the response's order.</summary>
    public IReadOnlyList<LogGroupCount> Ordered(int limit) =>
        _groups.Values.Order(Comparer<LogGroupCount>.Create(Compare)).Take(limit).ToList();

    private int Compare(LogGroupCount left, LogGroupCount right)
    {
        var order = Nullable.Compare(left.Bucket, right.Bucket);
        if (order != 0)
        {
            return order;
        }

        order = right.Count.CompareTo(left.Count);
        for (var index = 0; order == 0 && index < groupings.Count; index++)
        {
            order = CompareValues(groupings[index], left.Values[index], right.Values[index]);
        }

        return order;
    }

    private static int CompareValues(LogGrouping grouping, string? left, string? right)
    {
        if (left is null || right is null)
        {
            return (left is null).CompareTo(right is null);
        }

        return grouping.Kind == LogGroupingKind.Level && Levels.TryParse(left, out var leftLevel) && Levels.TryParse(right, out var rightLevel)
            ? leftLevel.Value.CompareTo(rightLevel.Value)
            : string.CompareOrdinal(left, right);
    }

    /// <summary>The values, each length-prefixed (a missing one as <c>-</c>), and the bucket: equal keys, equal groups.</summary>
    private static string KeyOf(IReadOnlyList<string?> values, DateTimeOffset? bucket)
    {
        var key = new StringBuilder();
        foreach (var value in values)
        {
            if (value is null)
            {
                key.Append('-');
            }
            else
            {
                key.Append(value.Length).Append(':').Append(value);
            }
        }

        return key.Append('@').Append(bucket?.UtcTicks).ToString();
    }
}
