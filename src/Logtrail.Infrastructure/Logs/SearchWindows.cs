namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// The time windows a newest-first read searches, newest first: the first spans <see cref="FirstSpan"/> below the
/// top of the range, each next one <see cref="Growth"/> times the one before, the last ends at the bottom of the
/// range (the first span may be given: see <see cref="LogSearchPlan"/>). A page that fills in its first day (the usual case) costs one statement over one partition; a search that
/// matches nothing covers a year in four. Windows are disjoint and ordered, so their results,
/// concatenated, keep the read order.
/// </summary>
public static class SearchWindows
{
    public static readonly TimeSpan FirstSpan = TimeSpan.FromDays(1);
    public const int Growth = 8;

    /// <param name="lowest">The oldest instant of the range (inclusive).</param>
    /// <param name="highest">The end of the range (exclusive); null when open: the first window then has no upper bound.</param>
    /// <param name="now">Where an open range's first window is measured from.</param>
    /// <param name="firstSpan">The first window's span; <see cref="FirstSpan"/> unless given.</param>
    public static IEnumerable<TimeWindowBounds> Between(DateTimeOffset lowest, DateTimeOffset? highest, DateTimeOffset now, TimeSpan? firstSpan = null)
    {
        if (highest is { } top && top <= lowest)
        {
            yield break;
        }

        // No log is stored after now (a later one would be clock skew of seconds), so windows are measured from now at
        // the latest; the first window keeps the range's own upper bound and so still holds such a log.
        var upper = highest;
        var anchor = highest is { } end && end < now ? end : now;
        var span = firstSpan ?? FirstSpan;
        while (true)
        {
            if (anchor - lowest <= span)
            {
                yield return new TimeWindowBounds(lowest, upper);
                yield break;
            }

            var from = anchor - span;
            yield return new TimeWindowBounds(from, upper);
            upper = anchor = from;
            span = span > TimeSpan.MaxValue / Growth ? TimeSpan.MaxValue : span * Growth;
        }
    }
}
