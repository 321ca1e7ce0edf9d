namespace Logtrail.Api.Http;

/// <summary>
/// Gives every request a fresh id, used as <c>request_id</c> in error bodies and sent as <c>X-Request-Id</c>
/// (set as the response starts, so error handling that clears the response cannot drop it).
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Request-Id";

    public Task InvokeAsync(HttpContext context)
    {
        var requestId = Guid.CreateVersion7().ToString();
        context.TraceIdentifier = requestId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = requestId;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
