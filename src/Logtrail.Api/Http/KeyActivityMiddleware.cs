using Logtrail.Api.Authentication;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Keys.Activity;
using Logtrail.Application.Logs.Idempotency;

namespace Logtrail.Api.Http;

/// <summary>
/// Records every request made with an API key — and every one refused because its key was revoked or expired — once
/// the response is final (it sits outside error handling): time, method, route template, status, client address, user
/// agent, logs stored. Recording is an in-memory enqueue; the database write happens in batches elsewhere.
/// </summary>
public sealed class KeyActivityMiddleware(RequestDelegate next, IKeyActivityRecorder recorder, TimeProvider clock)
{
    public const int MaxUserAgentLength = 512;

    public async Task InvokeAsync(HttpContext context)
    {
        var route = RouteOf(context);
        try
        {
            await next(context);
        }
        finally
        {
            Record(context, route);
        }
    }

    private void Record(HttpContext context, string route)
    {
        var (keyId, denied) = context.Features.Get<CallerKey>() is { } key
            ? (key.KeyId, false)
            : (context.Features.Get<AuthenticationFailure>()?.DeniedKeyId, true);
        if (keyId is not { } id)
        {
            return;
        }

        var userAgent = context.Request.Headers.UserAgent.ToString();
        recorder.Record(new KeyActivityEvent(
            Guid.CreateVersion7(),
            id,
            clock.GetUtcNow(),
            context.Request.Method,
            route,
            context.Response.StatusCode,
            ClientAddresses.Describe(context.Connection.RemoteIpAddress),
            userAgent.Length == 0 ? null : userAgent[..Math.Min(userAgent.Length, MaxUserAgentLength)],
            denied,
            context.RequestServices.GetService<IRequestOutcome>()?.LogsStored ?? 0));
    }

    /// <summary>
    /// The matched route's template (<c>/api/v1/workspace/logs/{id}</c>), so ids and query strings are not stored. Read
    /// before the request runs: error handling clears the endpoint.
    /// </summary>
    private static string RouteOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template }
            ? "/" + template.TrimStart('/')
            : context.Request.Path.Value ?? "/";
}
