using Logtrail.Api.Errors;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Plans;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.RateLimiting;

/// <summary>
/// Right after authentication (SPEC §3's order: 401, then 429, then everything about the body): every request made
/// with an API key takes a token from the key's plan bucket, and <c>/logs/validate</c> one from its validation
/// bucket as well; a viewer token takes one from its own bucket instead. The headers describe the bucket that
/// decided — the plan's, the validation one when that refused, or the viewer token's.
/// </summary>
public sealed class KeyRateLimitMiddleware(
    RequestDelegate next, TokenBuckets buckets, PlanCatalog plans, IOptions<RateLimitOptions> options, TimeProvider clock, ErrorResponseWriter errors)
{
    public const string PlanPolicy = "plan";
    public const string ValidationPolicy = "validate";
    public const string ViewerPolicy = "viewer";

    /// <summary>Without an async frame of its own when the decision is at hand (the instance's leased slice had
    /// tokens), as it is for nearly every request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<CallerKey>() is not { } key)
        {
            return next(context);
        }

        var decision = DecideAsync(context, key);
        return decision.IsCompletedSuccessfully ? Answer(context, decision.Result) : AnswerAsync(context, decision);
    }

    private async ValueTask<RateLimitDecision> DecideAsync(HttpContext context, CallerKey key)
    {
        var subject = key.KeyId.ToString();
        var decision = key.Viewer is { } viewer
            ? await buckets.TakeAsync(new TokenBucket(ViewerPolicy, viewer.TokenId.ToString(), options.Value.ViewerTokenRequestsPerMinute))
            : await buckets.TakeAsync(new TokenBucket(PlanPolicy, subject, plans.For(key).RequestsPerMinute));
        if (decision.Allowed && context.GetEndpoint()?.Metadata.GetMetadata<ValidationRateLimitAttribute>() is not null)
        {
            var validation = await buckets.TakeAsync(new TokenBucket(ValidationPolicy, subject, options.Value.ValidationsPerKeyPerMinute));
            decision = validation.Allowed ? decision : validation;
        }

        return decision;
    }

    private async Task AnswerAsync(HttpContext context, ValueTask<RateLimitDecision> decision) => await Answer(context, await decision);

    private Task Answer(HttpContext context, RateLimitDecision decision)
    {
        RateLimitHeaders.AddOnStarting(context.Response, decision, clock.GetUtcNow());
        return decision.Allowed ? next(context) : errors.WriteAsync(context, Refusal(decision));
    }

    private static ApiError Refusal(RateLimitDecision decision) => decision.Bucket.Policy switch
    {
        ValidationPolicy => new ApiError(
            ErrorKind.RateLimited,
            ErrorCodes.RateLimitValidateExceeded,
            $"This API key has made more than {decision.Bucket.PerMinute} validation requests in the last minute; retry after the Retry-After delay.",
            RetryAfter: decision.RetryAfter),
        ViewerPolicy => new ApiError(
            ErrorKind.RateLimited,
            ErrorCodes.RateLimitPlanExceeded,
            $"This viewer token has made {decision.Bucket.PerMinute} requests in the last minute; retry after the Retry-After delay.",
            RetryAfter: decision.RetryAfter),
        _ => new ApiError(
            ErrorKind.RateLimited,
            ErrorCodes.RateLimitPlanExceeded,
            $"This API key has used its plan's {decision.Bucket.PerMinute} requests per minute; retry after the Retry-After delay.",
            RetryAfter: decision.RetryAfter),
    };
}
