using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Responses;

/// <summary>A response body already written as UTF-8 JSON (a page of logs, a stored entry): sent as it is, with its
/// length, under <paramref name="statusCode"/>.</summary>
public sealed class Utf8JsonResult(ReadOnlyMemory<byte> json, int statusCode = StatusCodes.Status200OK) : IActionResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = json.Length;
        await response.Body.WriteAsync(json, context.HttpContext.RequestAborted);
    }
}
