using Logtrail.Application.Common.Errors;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace Logtrail.Api.Errors;

/// <summary>
/// Before model binding, on an action that reads a JSON body (<see cref="JsonBodyConvention"/> puts it there):
/// a body that is not <c>application/json</c> → 415, an empty body → 400 VALIDATION_EMPTY_BODY unless the action
/// declares its body optional. Malformed JSON is left to the formatter and reported by <see cref="ModelStateErrors"/>.
/// </summary>
public sealed class JsonBodyFilter(bool emptyBodyAllowed) : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var request = context.HttpContext.Request;
        var isEmpty = request.ContentLength == 0
                      || (request.ContentLength is null && !request.Headers.ContainsKey(HeaderNames.TransferEncoding));
        if (isEmpty && emptyBodyAllowed)
        {
            return;
        }

        ApiError? error = null;
        if (!IsJson(request.ContentType))
        {
            error = new ApiError(ErrorKind.UnsupportedMediaType, ErrorCodes.InvalidContentType, "The request body must be application/json.");
        }
        else if (isEmpty)
        {
            error = new ApiError(ErrorKind.InvalidRequest, ErrorCodes.EmptyBody, "The request body is empty.");
        }

        if (error is not null)
        {
            context.Result = ErrorResponseWriter.ToResult(context.HttpContext, error);
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
