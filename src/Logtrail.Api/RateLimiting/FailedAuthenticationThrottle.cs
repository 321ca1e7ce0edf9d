using System.Net;
using Logtrail.Api.Http;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.RateLimiting;

/// <summary>
/// Limits requests that fail authentication per client IP (SPEC §6), so keys and tokens cannot be guessed at speed.
/// Only failures draw on it: a valid key from the same address is never slowed by it.
/// </summary>
public sealed class FailedAuthenticationThrottle(TokenBuckets buckets, IOptions<RateLimitOptions> options)
{
    public const string Policy = "failed-authentication";

    /// <summary>Counts one failed attempt from <paramref name="client"/>; refused once the address has used its allowance.</summary>
    public ValueTask<RateLimitDecision> RecordFailureAsync(IPAddress? client) =>
        buckets.TakeAsync(new TokenBucket(Policy, ClientAddresses.Describe(client) ?? "unknown", options.Value.FailedAuthenticationsPerIpPerMinute));
}
