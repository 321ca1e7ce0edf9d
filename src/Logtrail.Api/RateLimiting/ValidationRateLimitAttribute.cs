namespace Logtrail.Api.RateLimiting;

/// <summary>Marks an endpoint that also draws on the per-key validation limit (<c>POST /logs/validate</c>, SPEC §6).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ValidationRateLimitAttribute : Attribute;
