using System.Globalization;
using System.Text.Json;
using Logtrail.Api.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Errors;

/// <summary>
/// Writes an <see cref="ApiError"/> as the response (with <c>Retry-After</c> when it has one), or makes it an MVC
/// result, always with the request id.
/// </summary>
public sealed class ErrorResponseWriter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions)
{
    private readonly JsonSerializerOptions _json = jsonOptions.Value.SerializerOptions;

    /// <summary>Answers with the error once the rest of the request's body is drained (<see cref="RequestBodyDrain"/>).</summary>
    public async Task WriteAsync(HttpContext context, ApiError error)
    {
        await RequestBodyDrain.DrainAsync(context);
        context.Response.StatusCode = error.StatusCode;
        if (error.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, DeltaSeconds.RoundedUp(retryAfter)).ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsJsonAsync(error.ToResponse(context.TraceIdentifier), _json, context.RequestAborted);
    }

    public static IActionResult ToResult(HttpContext context, ApiError error) =>
        new ObjectResult(error.ToResponse(context.TraceIdentifier)) { StatusCode = error.StatusCode };
}
