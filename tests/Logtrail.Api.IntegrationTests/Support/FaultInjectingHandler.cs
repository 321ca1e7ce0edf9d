using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>What <see cref="FaultInjectingHandler"/> does to one request.</summary>
public enum Fault
{
    None,

    /// <summary>429 <c>RATE_LIMIT_PLAN_EXCEEDED</c> with <c>Retry-After: 1</c> and <c>X-RateLimit-Remaining: 0</c>; nothing reaches the service.</summary>
    PlanRateLimited,

    /// <summary>503 <c>INTERNAL_LOG_SERVICE_ERROR</c> with <c>Retry-After: 1</c>; nothing reaches the service.</summary>
    Unavailable,

    /// <summary>The connection is reset before the request reaches the service.</summary>
    ConnectionReset,

    /// <summary>The service handles the request (and commits), then the response is lost on the way back.</summary>
    ResponseLost,

    /// <summary>429 <c>QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED</c> with a Retry-After of days; nothing reaches the service.</summary>
    QuotaExceeded,

    /// <summary>429 <c>RATE_LIMIT_IP_EXCEEDED</c>; nothing reaches the service.</summary>
    IpRateLimited,

    /// <summary>409 <c>idempotency_request_in_progress</c>; nothing reaches the service.</summary>
    RequestInProgress,
}

/// <summary>
/// Sits between the client's resilience pipeline and the service: injects the fault <see cref="Plan"/> chooses for
/// each request (numbered from 1), can hold every request until released, and records what it saw.
/// </summary>
public sealed class FaultInjectingHandler : DelegatingHandler
{
    private TaskCompletionSource _released = Released();
    private int _requests;

    public Func<int, Fault> Plan { get; set; } = _ => Fault.None;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>How far ahead of now an injected 429's <c>X-RateLimit-Reset</c> lies.</summary>
    public TimeSpan RateLimitReset { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests that reached the service (the faults that stop a request before it are not counted).</summary>
    public int Forwarded => ForwardedRequests.Count;

    public ConcurrentQueue<(string? IdempotencyKey, string Path, string? ContentEncoding)> ForwardedRequests { get; } = new();

    public ConcurrentQueue<Fault> Injected { get; } = new();

    /// <summary>From now on every request waits until <see cref="Release"/>.</summary>
    public void Hold() => _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _released.Task.WaitAsync(cancellationToken);
        var fault = Plan(Interlocked.Increment(ref _requests));
        if (fault != Fault.None)
        {
            Injected.Enqueue(fault);
        }

        switch (fault)
        {
            case Fault.PlanRateLimited:
                return Error(HttpStatusCode.TooManyRequests, "RATE_LIMIT_PLAN_EXCEEDED", null, retryAfterSeconds: 1, RateLimitReset);
            case Fault.Unavailable:
                return Error(HttpStatusCode.ServiceUnavailable, "INTERNAL_LOG_SERVICE_ERROR", null, retryAfterSeconds: 1);
            case Fault.QuotaExceeded:
                return Error(HttpStatusCode.TooManyRequests, "QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED", null, retryAfterSeconds: 12 * 24 * 3600);
            case Fault.IpRateLimited:
                return Error(HttpStatusCode.TooManyRequests, "RATE_LIMIT_IP_EXCEEDED", null, retryAfterSeconds: 30);
            case Fault.RequestInProgress:
                return Error(HttpStatusCode.Conflict, "VALIDATION_INVALID_REQUEST", "idempotency_request_in_progress", retryAfterSeconds: null);
            case Fault.ConnectionReset:
                throw new HttpRequestException("The connection was reset (injected).", new SocketException((int)SocketError.ConnectionReset));
        }

        ForwardedRequests.Enqueue((
            request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null,
            request.RequestUri!.AbsolutePath,
            request.Content?.Headers.ContentEncoding.SingleOrDefault()));
        var response = await base.SendAsync(request, cancellationToken);
        if (fault == Fault.ResponseLost)
        {
            response.Dispose();
            throw new HttpRequestException("The response was lost after the service handled the request (injected).", new SocketException((int)SocketError.ConnectionReset));
        }

        return response;
    }

    private static HttpResponseMessage Error(HttpStatusCode status, string errorCode, string? reason, int? retryAfterSeconds, TimeSpan? emptyBucketResetsIn = null)
    {
        var details = reason is null ? "{}" : $$"""{"reason":"{{reason}}"}""";
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(
                $$"""{"error_code":"{{errorCode}}","message":"injected","request_id":"injected-{{Guid.NewGuid()}}","details":{{details}}}""",
                Encoding.UTF8,
                "application/json"),
        };
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        if (emptyBucketResetsIn is { } resetsIn)
        {
            response.Headers.Add("X-RateLimit-Remaining", "0");
            response.Headers.Add("X-RateLimit-Reset", DateTimeOffset.UtcNow.Add(resetsIn).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return response;
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }
}
