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
}
