using Logtrail.Application.Common.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace Logtrail.Api.Errors;

/// <summary>
/// Bodies for the framework's own client errors (unmatched routes, wrong methods), in the contract's shape. The data
/// API answers with an official <c>error_code</c> and says what happened in <c>details.reason</c>; the admin API,
/// which is ours, says <c>NOT_FOUND</c>.
/// </summary>
public sealed class ContractClientErrorFactory : IClientErrorFactory
{
    public const string AdminApiPrefix = "/api/v1/admin";

    public IActionResult? GetClientError(ActionContext actionContext, IClientErrorActionResult clientError) =>
        ErrorResponseWriter.ToResult(actionContext.HttpContext, ForStatus(actionContext.HttpContext.Request, clientError.StatusCode ?? StatusCodes.Status400BadRequest));

    public static ApiError ForStatus(HttpRequest request, int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound when request.Path.StartsWithSegments(AdminApiPrefix, StringComparison.OrdinalIgnoreCase) =>
            new ApiError(ErrorKind.NotFound, ErrorCodes.NotFound, "No such resource."),
        StatusCodes.Status404NotFound =>
            new ApiError(ErrorKind.NotFound, ErrorCodes.InvalidRequest, "No such resource.", Reason: ErrorReasons.NotFound),
        StatusCodes.Status405MethodNotAllowed =>
            new ApiError(ErrorKind.MethodNotAllowed, ErrorCodes.InvalidRequest, "This method is not allowed here.", Reason: ErrorReasons.MethodNotAllowed),
        StatusCodes.Status415UnsupportedMediaType =>
            new ApiError(ErrorKind.UnsupportedMediaType, ErrorCodes.InvalidContentType, "The request body must be application/json."),
        _ => new ApiError(ErrorKind.InvalidRequest, ErrorCodes.InvalidRequest, "The request is not valid.", Reason: ErrorReasons.BadRequest),
    };
}
