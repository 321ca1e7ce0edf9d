namespace Logtrail.Domain.Common;

/// <summary>PostgreSQL keeps microseconds; every instant the service creates is cut to that precision first.</summary>
public static class Timestamps
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static DateTimeOffset ToMicroseconds(this DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), TimeSpan.Zero);
    }

    public static DateTimeOffset UtcNowMicroseconds(this TimeProvider clock) => clock.GetUtcNow().ToMicroseconds();
}
