using Logtrail.Application.Common.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace Logtrail.Api.Errors;

/// <summary>Bodies for the framework's own client errors (unmatched routes, wrong methods), in the contract's shape.</summary>
public sealed class ContractClientErrorFactory : IClientErrorFactory
{
    public IActionResult? GetClientError(ActionContext actionContext, IClientErrorActionResult clientError) =>
        ErrorResponseWriter.ToResult(actionContext.HttpContext, ForStatus(clientError.StatusCode ?? StatusCodes.Status400BadRequest));

    public static ApiError ForStatus(int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound => new ApiError(ErrorKind.NotFound, ErrorCodes.NotFound, "No such resource."),
        StatusCodes.Status405MethodNotAllowed => new ApiError(ErrorKind.MethodNotAllowed, ErrorCodes.InvalidRequest, "This method is not allowed here."),
        StatusCodes.Status415UnsupportedMediaType => new ApiError(ErrorKind.UnsupportedMediaType, ErrorCodes.InvalidContentType, "The request body must be application/json."),
        _ => new ApiError(ErrorKind.InvalidRequest, ErrorCodes.InvalidRequest, "The request is not valid."),
    };
}
