using Logtrail.Api.Errors;
using Logtrail.Application.Common.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Logtrail.Api.Http;

/// <summary>
/// First after the request id: a request target over <see cref="RequestLimits.TargetBytes"/> → 414, headers over
/// <see cref="RequestLimits.HeaderBytes"/> → 431, both VALIDATION_INVALID_REQUEST in the contract's body with
/// <c>details.reason</c>, before authentication or anything else reads them.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, ErrorResponseWriter errors)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (TargetLength(context) > RequestLimits.TargetBytes)
        {
            return errors.WriteAsync(context, new ApiError(
                ErrorKind.UriTooLong,
                ErrorCodes.InvalidRequest,
                $"The request URL is longer than {RequestLimits.TargetBytes} bytes.",
                Reason: ErrorReasons.UriTooLong));
        }

        if (HeaderBytes(context.Request.Headers) > RequestLimits.HeaderBytes)
        {
            return errors.WriteAsync(context, new ApiError(
                ErrorKind.HeadersTooLarge,
                ErrorCodes.InvalidRequest,
                $"The request headers are larger than {RequestLimits.HeaderBytes} bytes.",
                Reason: ErrorReasons.HeadersTooLarge));
        }

        return next(context);
    }

    /// <summary>The request target as sent (Kestrel's raw target), or as decoded where a host keeps no raw one.</summary>
    private static int TargetLength(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length
            : context.Request.PathBase.Value!.Length + context.Request.Path.Value!.Length + context.Request.QueryString.Value!.Length;

    private static long HeaderBytes(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                total += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return total;
    }
}
