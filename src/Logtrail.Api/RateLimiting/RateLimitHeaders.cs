using System.Globalization;
using Logtrail.Api.Http;

namespace Logtrail.Api.RateLimiting;

/// <summary>
/// The rate-limit headers of SPEC §6: <c>X-RateLimit-Limit</c> / <c>-Remaining</c> / <c>-Reset</c> (Unix seconds
/// when the bucket is full again) and the IETF draft's <c>RateLimit-Policy</c> and <c>RateLimit</c>. Added as the
/// response starts, so they survive error handling that clears the response.
/// </summary>
public static class RateLimitHeaders
{
    public static void AddOnStarting(HttpResponse response, RateLimitDecision decision, DateTimeOffset now) =>
        response.OnStarting(static state =>
        {
            var (response, decision, now) = ((HttpResponse, RateLimitDecision, DateTimeOffset))state;
            Write(response.Headers, decision, now);
            return Task.CompletedTask;
        }, (response, decision, now));

    private static void Write(IHeaderDictionary headers, RateLimitDecision decision, DateTimeOffset now)
    {
        var bucket = decision.Bucket;
        var secondsToFull = DeltaSeconds.RoundedUp(decision.UntilFull);
        headers["X-RateLimit-Limit"] = bucket.PerMinute.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (now.ToUnixTimeSeconds() + secondsToFull).ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Policy"] = string.Create(CultureInfo.InvariantCulture, $"\"{bucket.Policy}\";q={bucket.PerMinute};w=60");
        headers["RateLimit"] = string.Create(CultureInfo.InvariantCulture, $"\"{bucket.Policy}\";r={decision.Remaining};t={secondsToFull}");
    }
}
