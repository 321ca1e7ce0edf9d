using Logtrail.Application.Projects.CorsOrigins;
using Microsoft.Net.Http.Headers;

namespace Logtrail.Api.Cors;

/// <summary>
/// CORS for browsers calling <c>GET /activity</c> with viewer tokens, before authentication: a preflight from an
/// origin that some project allows is answered (GET, the Authorization header, cached 10 minutes); responses to
/// such an origin carry <c>Access-Control-Allow-Origin</c> and expose <c>Link</c>, <c>X-Request-Id</c> and the rate-limit
/// headers, so that scripts can page, report and back off — and read a 401 when their token has expired. Whether
/// the origin is allowed for the token's own project is checked after authentication
/// (<see cref="ViewerOriginMiddleware"/>). Every answer on this path says <c>Vary: Origin</c>; the headers are added as
/// the response starts, so that error responses (which clear headers) carry them too.
/// </summary>
public sealed class ActivityCorsMiddleware(RequestDelegate next, ICorsOriginStore origins)
{
    public const string ActivityPath = "/api/v1/workspace/activity";

    private const string ExposedHeaders =
        "Link, X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, RateLimit, RateLimit-Policy, Retry-After";

    public Task InvokeAsync(HttpContext context) =>
        context.Request.Path.Equals(ActivityPath, StringComparison.OrdinalIgnoreCase) ? InvokeOnActivityAsync(context) : next(context);

    private async Task InvokeOnActivityAsync(HttpContext context)
    {
        var request = context.Request;
        var allowed = BrowserOrigin.TryNormalize(request.Headers.Origin, out var origin)
            && await origins.IsAllowedAnywhereAsync(origin, context.RequestAborted);
        if (HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod))
        {
            if (allowed)
            {
                context.Response.Headers.AccessControlAllowOrigin = request.Headers.Origin;
                context.Response.Headers.AccessControlAllowMethods = "GET";
                context.Response.Headers.AccessControlAllowHeaders = "Authorization";
                context.Response.Headers.AccessControlMaxAge = "600";
            }

            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        var originHeader = request.Headers.Origin.ToString();
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.Append(HeaderNames.Vary, HeaderNames.Origin);
            if (allowed)
            {
                headers.AccessControlAllowOrigin = originHeader;
                headers.AccessControlExposeHeaders = ExposedHeaders;
            }

            return Task.CompletedTask;
        });
        await next(context);
    }
}
