using Logtrail.Api.Errors;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Plans;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.RateLimiting;

/// <summary>
/// Right after authentication (SPEC §3's order: 401, then 429, then everything about the body): every request made
/// with an API key takes a token from the key's plan bucket, and <c>/logs/validate</c> one from its validation
/// bucket as well. The headers describe the plan bucket — or the validation bucket when that one refused.
/// </summary>
public sealed class KeyRateLimitMiddleware(
    RequestDelegate next, TokenBuckets buckets, PlanCatalog plans, IOptions<RateLimitOptions> options, TimeProvider clock, ErrorResponseWriter errors)
{
    public const string PlanPolicy = "plan";
    public const string ValidationPolicy = "validate";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<CallerKey>() is not { } key)
        {
            return next(context);
        }

        var subject = key.KeyId.ToString();
        var decision = buckets.Take(new TokenBucket(PlanPolicy, subject, plans.For(key).RequestsPerMinute));
        if (decision.Allowed && context.GetEndpoint()?.Metadata.GetMetadata<ValidationRateLimitAttribute>() is not null)
        {
            var validation = buckets.Take(new TokenBucket(ValidationPolicy, subject, options.Value.ValidationsPerKeyPerMinute));
            decision = validation.Allowed ? decision : validation;
        }

        RateLimitHeaders.AddOnStarting(context.Response, decision, clock.GetUtcNow());
        return decision.Allowed ? next(context) : errors.WriteAsync(context, Refusal(decision));
    }

    private static ApiError Refusal(RateLimitDecision decision) => decision.Bucket.Policy == ValidationPolicy
        ? new ApiError(
            ErrorKind.RateLimited,
            ErrorCodes.RateLimitValidateExceeded,
            $"This API key has made more than {decision.Bucket.PerMinute} validation requests in the last minute; retry after the Retry-After delay.",
            RetryAfter: decision.RetryAfter)
        : new ApiError(
            ErrorKind.RateLimited,
            ErrorCodes.RateLimitPlanExceeded,
            $"This API key has used its plan's {decision.Bucket.PerMinute} requests per minute; retry after the Retry-After delay.",
            RetryAfter: decision.RetryAfter);
}
