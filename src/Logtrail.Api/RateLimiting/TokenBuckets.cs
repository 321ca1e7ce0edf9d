using System.Threading.RateLimiting;

namespace Logtrail.Api.RateLimiting;

/// <summary>
/// Every token bucket of this instance, kept by <see cref="PartitionedRateLimiter"/> from
/// <c>System.Threading.RateLimiting</c>: buckets refill continuously (checked every 100 ms) and a bucket that has been
/// full for a while is dropped, to be created full again on its next use. Limits are per instance.
/// </summary>
public sealed class TokenBuckets : IDisposable
{
    private PartitionedRateLimiter<TokenBucket> _limiter = CreateLimiter();

    /// <summary>Takes one token from <paramref name="bucket"/>, or says how long until one is there.</summary>
    public RateLimitDecision Take(TokenBucket bucket)
    {
        var limiter = _limiter;
        using var lease = limiter.AttemptAcquire(bucket);
        var remaining = lease.IsAcquired ? limiter.GetStatistics(bucket)?.CurrentAvailablePermits ?? 0 : 0;
        var retryAfter = lease.IsAcquired
            ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : bucket.TokenInterval;
        return new RateLimitDecision(bucket, lease.IsAcquired, remaining, retryAfter);
    }

    /// <summary>Forgets every bucket: all start full again.</summary>
    public void Clear() => Interlocked.Exchange(ref _limiter, CreateLimiter()).Dispose();

    public void Dispose() => _limiter.Dispose();

    private static PartitionedRateLimiter<TokenBucket> CreateLimiter() =>
        PartitionedRateLimiter.Create<TokenBucket, TokenBucket>(bucket => RateLimitPartition.GetTokenBucketLimiter(
            bucket,
            static bucket => new TokenBucketRateLimiterOptions
            {
                TokenLimit = bucket.PerMinute,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = bucket.TokenInterval,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
}
