using System.ComponentModel.DataAnnotations;

namespace Logtrail.Api.RateLimiting;

/// <summary>Section <c>Logtrail:RateLimits</c>: the limits that are not part of a plan (SPEC §6).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Logtrail:RateLimits";

    /// <summary>Requests that fail authentication, per client IP and minute, before 429 RATE_LIMIT_IP_EXCEEDED.</summary>
    [Range(1, int.MaxValue)]
    public int FailedAuthenticationsPerIpPerMinute { get; set; } = 30;

    /// <summary>Calls of <c>POST /logs/validate</c> per key and minute, on top of the plan's request limit.</summary>
    [Range(1, int.MaxValue)]
    public int ValidationsPerKeyPerMinute { get; set; } = 60;

    /// <summary>Requests per viewer token and minute; each token has its own bucket, apart from its minting key's.</summary>
    [Range(1, int.MaxValue)]
    public int ViewerTokenRequestsPerMinute { get; set; } = 60;
}
