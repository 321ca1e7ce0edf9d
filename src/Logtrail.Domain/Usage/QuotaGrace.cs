namespace Logtrail.Domain.Usage;

/// <summary>
/// How far past its monthly log limit a project may go before ingestion is refused (SPEC §6): a percentage of the
/// limit, 10 % unless configured.
/// </summary>
public sealed record QuotaGrace
{
    public const int DefaultPercent = 10;

    public QuotaGrace(int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        Percent = percent;
    }

    public int Percent { get; }

    /// <summary>The most logs a month may hold under <paramref name="limit"/>, grace included.</summary>
    public long CeilingFor(long limit) => limit + limit * Percent / 100;

    /// <summary>Whether <paramref name="incoming"/> more logs fit, all of them, after <paramref name="used"/>; always on an unlimited plan.</summary>
    public bool Admits(long used, int incoming, long? limit) => limit is not { } finite || used + incoming <= CeilingFor(finite);
}
