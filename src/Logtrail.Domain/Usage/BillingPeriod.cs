namespace Logtrail.Domain.Usage;

/// <summary>A calendar month in UTC: usage resets at 00:00 UTC on the 1st (SPEC §6).</summary>
public readonly record struct BillingPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public static BillingPeriod Containing(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var start = new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return new BillingPeriod(start, start.AddMonths(1));
    }

    /// <summary>The period's first UTC day; usage counters are keyed by day.</summary>
    public DateOnly FirstDay => DateOnly.FromDateTime(Start.UtcDateTime);

    /// <summary>The first UTC day after the period.</summary>
    public DateOnly EndDay => DateOnly.FromDateTime(End.UtcDateTime);
}
