using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Errors;

/// <summary>Writes an <see cref="ApiError"/> as the response, or makes it an MVC result, always with the request id.</summary>
public sealed class ErrorResponseWriter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions)
{
    private readonly JsonSerializerOptions _json = jsonOptions.Value.SerializerOptions;

    public Task WriteAsync(HttpContext context, ApiError error)
    {
        context.Response.StatusCode = error.StatusCode;
        return context.Response.WriteAsJsonAsync(error.ToResponse(context.TraceIdentifier), _json, context.RequestAborted);
    }

    public static IActionResult ToResult(HttpContext context, ApiError error) =>
        new ObjectResult(error.ToResponse(context.TraceIdentifier)) { StatusCode = error.StatusCode };
}
