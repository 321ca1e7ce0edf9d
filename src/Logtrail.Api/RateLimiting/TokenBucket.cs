namespace Logtrail.Api.RateLimiting;

/// <summary>
/// Names one token bucket: what it limits (<paramref name="Policy"/>), whose it is (<paramref name="Subject"/>: a key
/// id, a client IP) and its size. A bucket holds <paramref name="PerMinute"/> tokens and refills at PerMinute ÷ 60
/// per second; a changed size (a plan change) names a new bucket.
/// </summary>
public readonly record struct TokenBucket(string Policy, string Subject, int PerMinute)
{
    /// <summary>The time one token takes to come back.</summary>
    public TimeSpan TokenInterval => TimeSpan.FromTicks(Math.Max(1, TimeSpan.TicksPerMinute / PerMinute));
}
