namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>The width of a time bucket, on <c>server_timestamp</c> in UTC.</summary>
public enum BucketInterval
{
    Minute,
    Hour,
    Day,
}

public static class BucketIntervals
{
    public static IReadOnlyList<string> WireNames { get; } = ["minute", "hour", "day"];

    public static BucketInterval? ParseOrNull(string? text) => text switch
    {
        "minute" => BucketInterval.Minute,
        "hour" => BucketInterval.Hour,
        "day" => BucketInterval.Day,
        _ => null,
    };

    /// <summary>The start of the bucket of <paramref name="interval"/> that holds <paramref name="instant"/> (UTC).</summary>
    public static DateTimeOffset Floor(this BucketInterval interval, DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % interval.Width().Ticks), TimeSpan.Zero);
    }

    /// <summary>The first bucket start at or after <paramref name="instant"/>.</summary>
    public static DateTimeOffset Ceiling(this BucketInterval interval, DateTimeOffset instant)
    {
        var floor = interval.Floor(instant);
        return floor == instant ? floor : floor + interval.Width();
    }

    /// <summary>A bucket's length: UTC has no daylight saving, so a day is always 24 hours.</summary>
    public static TimeSpan Width(this BucketInterval interval) => interval switch
    {
        BucketInterval.Minute => TimeSpan.FromMinutes(1),
        BucketInterval.Hour => TimeSpan.FromHours(1),
        BucketInterval.Day => TimeSpan.FromDays(1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown interval."),
    };
}
