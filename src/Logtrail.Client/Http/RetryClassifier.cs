using System.Net;
using Polly;
using Polly.Timeout;

namespace Logtrail.Client.Http;

/// <summary>
/// Which outcomes the retry strategy retries: network failures and attempt time-outs, 5xx and 408, 429
/// <c>RATE_LIMIT_PLAN_EXCEEDED</c> and 409 <c>idempotency_request_in_progress</c>. Everything else is final — other
/// 4xx, <c>QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED</c> (its <c>Retry-After</c> may be weeks), <c>RATE_LIMIT_IP_EXCEEDED</c>.
/// </summary>
internal static class RetryClassifier
{
    public const string PlanRateLimitExceeded = "RATE_LIMIT_PLAN_EXCEEDED";
    public const string RequestInProgress = "idempotency_request_in_progress";

    /// <summary>How services before the contract's <c>details.reason</c> spelled the same 409.</summary>
    public const string RequestInProgressCode = "IDEMPOTENCY_REQUEST_IN_PROGRESS";

    public static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout)
        {
            return true;
        }

        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.Conflict))
        {
            return false;
        }

        // The decision needs the error body; buffering it keeps it readable for the caller's exception.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = await ErrorBody.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.TooManyRequests
            ? body?.ErrorCode == PlanRateLimitExceeded
            : body?.Reason == RequestInProgress || body?.ErrorCode == RequestInProgressCode;
    }
}
