using Logtrail.Api.Errors;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects.CorsOrigins;

namespace Logtrail.Api.Cors;

/// <summary>
/// After authentication and the rate limit: a viewer token's request that comes from a browser origin (an
/// <c>Origin</c> header) is refused with 403 AUTH_API_KEY_SCOPE_MISMATCH (<c>details.reason</c>
/// <c>origin_not_allowed</c>) unless that origin is in the token's project's list. Requests without an
/// <c>Origin</c> (servers, scripts) are not browser requests and pass.
/// </summary>
public sealed class ViewerOriginMiddleware(RequestDelegate next, ICorsOriginStore origins, ErrorResponseWriter errors)
{
    public Task InvokeAsync(HttpContext context) =>
        context.Features.Get<CallerKey>() is { Viewer: not null } caller && context.Request.Headers.Origin.Count > 0
            ? CheckOriginThenInvokeAsync(context, caller)
            : next(context);

    private async Task CheckOriginThenInvokeAsync(HttpContext context, CallerKey caller)
    {
        if (!(BrowserOrigin.TryNormalize(context.Request.Headers.Origin, out var origin)
              && await origins.IsAllowedAsync(caller.ProjectId, origin, context.RequestAborted)))
        {
            await errors.WriteAsync(context, new ApiError(
                ErrorKind.Forbidden,
                ErrorCodes.ScopeMismatch,
                "This origin is not allowed to use the project's viewer tokens; add it with PUT /api/v1/admin/projects/{id}/cors-origins.",
                Details: new Dictionary<string, object?> { ["reason"] = "origin_not_allowed" }));
            return;
        }

        await next(context);
    }
}
