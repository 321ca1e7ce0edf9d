namespace Logtrail.Api.RateLimiting;

/// <summary>What taking a token from a bucket gave: whether the request may go on, and the bucket's state after it.</summary>
/// <param name="Remaining">Whole tokens left after this request.</param>
/// <param name="RetryAfter">When refused: how long until one token is back.</param>
public sealed record RateLimitDecision(TokenBucket Bucket, bool Allowed, long Remaining, TimeSpan RetryAfter)
{
    /// <summary>How long until the bucket is full again.</summary>
    public TimeSpan UntilFull => Bucket.TokenInterval * (Bucket.PerMinute - Remaining);
}
