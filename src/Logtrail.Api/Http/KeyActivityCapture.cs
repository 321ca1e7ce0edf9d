using System.Collections.Concurrent;
using Logtrail.Application.Keys.Activity;
using Logtrail.Application.Logs.Idempotency;

namespace Logtrail.Api.Http;

/// <summary>
/// Records a request made with a key once its response has been sent (SPEC §8 key activity): time, method, route
/// template, final status, client address, user agent, logs stored. Registered by whoever knows the key — the key
/// activity middleware for authenticated requests, the authentication challenge for revoked or expired keys — so
/// requests without a key cost nothing. Recording only counts in memory; the database write happens in batches.
/// </summary>
public sealed class KeyActivityCapture(IKeyActivityRecorder recorder, TimeProvider clock)
{
    public const int MaxUserAgentLength = 512;

    private static readonly ConcurrentDictionary<Endpoint, string> RouteTemplates = new();

    public void RecordOnCompletion(HttpContext context, Guid keyId, bool denied)
    {
        var pending = new PendingRequest(
            this, context, keyId, denied, RouteOf(context.GetEndpoint()) ?? context.Request.Path.Value ?? "/",
            context.RequestServices.GetService<IRequestOutcome>());
        context.Response.OnCompleted(static state => ((PendingRequest)state).RecordAsync(), pending);
    }

    private void Record(PendingRequest pending)
    {
        var request = pending.Context.Request;
        var userAgent = request.Headers.UserAgent.ToString();
        recorder.Record(new KeyRequest(
            pending.KeyId,
            clock.GetUtcNow(),
            request.Method,
            pending.Route,
            pending.Context.Response.StatusCode,
            ClientAddresses.Describe(pending.Context.Connection.RemoteIpAddress),
            userAgent.Length == 0 ? null : userAgent[..Math.Min(userAgent.Length, MaxUserAgentLength)],
            pending.Denied,
            pending.Outcome?.LogsStored ?? 0));
    }

    /// <summary>The matched route's template (<c>/api/v1/workspace/logs/{id}</c>), so ids and query strings are not stored.</summary>
    private static string? RouteOf(Endpoint? endpoint) =>
        endpoint is RouteEndpoint { RoutePattern.RawText: { } template }
            ? RouteTemplates.GetOrAdd(endpoint, _ => "/" + template.TrimStart('/'))
            : null;

    /// <summary>What is known when the key is, kept until the response is complete (by then error handling may have cleared the endpoint).</summary>
    private sealed record PendingRequest(
        KeyActivityCapture Capture, HttpContext Context, Guid KeyId, bool Denied, string Route, IRequestOutcome? Outcome)
    {
        public Task RecordAsync()
        {
            Capture.Record(this);
            return Task.CompletedTask;
        }
    }
}
