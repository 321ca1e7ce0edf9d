using Logtrail.Application.Common.Errors;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Logtrail.Api.Errors;

/// <summary>
/// Before model binding, on every API action: the API reads no forms, so a form body (<c>multipart/form-data</c>,
/// <c>application/x-www-form-urlencoded</c>) is a 415 — never a 400 from the form parser that model binding would
/// otherwise run on it. (The console's pages, which do post forms, are not API actions.)
/// </summary>
public sealed class FormBodyFilter : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (context.HttpContext.Request.HasFormContentType)
        {
            context.Result = ErrorResponseWriter.ToResult(
                context.HttpContext,
                new ApiError(ErrorKind.UnsupportedMediaType, ErrorCodes.InvalidContentType, "The request body must be application/json; the API reads no forms."));
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
