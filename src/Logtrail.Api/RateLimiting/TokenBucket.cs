namespace Logtrail.Api.RateLimiting;

/// <summary>
/// Names one token bucket: what it limits (<paramref name="Policy"/>), whose it is (<paramref name="Subject"/>: a key
/// id, a client IP) and its size. A bucket holds <paramref name="PerMinute"/> tokens and refills at PerMinute ÷ 60
/// per second; a changed size (a plan change) names a new bucket. Adding a kind of limit is a new policy name: the
/// shared store keeps any bucket.
/// </summary>
public readonly record struct TokenBucket(string Policy, string Subject, int PerMinute)
{
    /// <summary>The time one token takes to come back.</summary>
    public TimeSpan TokenInterval => TimeSpan.FromTicks(Math.Max(1, TimeSpan.TicksPerMinute / PerMinute));

    /// <summary>
    /// Tokens an instance leases at a time: 5 % of the capacity or one second of refill, whichever is larger (at least
    /// one). Each instance can overshoot the bucket by at most this much.
    /// </summary>
    public int SliceSize => Math.Max(1, Math.Max(PerMinute / 20, PerMinute / 60));
}
