using Logtrail.Application.Common.Security;

namespace Logtrail.Api.Http;

/// <summary>Right after authentication: every request made with a valid key is recorded as key activity once answered.</summary>
public sealed class KeyActivityMiddleware(RequestDelegate next, KeyActivityCapture capture)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<CallerKey>() is { } key)
        {
            capture.RecordOnCompletion(context, key.KeyId, denied: false);
        }

        return next(context);
    }
}
