using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Faults;
using Microsoft.AspNetCore.Diagnostics;

namespace Logtrail.Api.Errors;

/// <summary>
/// Turns every exception that reaches the HTTP pipeline into the contract's error body: typed application
/// exceptions as they say, a database fault outside the request pipeline (a key lookup during an outage) as 503, the server's own request-reading failures (a body over Kestrel's limit) as 413 or 400,
/// anything else as a 500 with no stack trace, SQL or message of its own.
/// </summary>
public sealed class ContractExceptionHandler(ErrorResponseWriter writer, IDatabaseFaults faults, ILogger<ContractExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if ((exception as LogtrailException ?? DatabaseFaultTranslation.Translate(faults, exception, isSearch: false)) is { } contractError)
        {
            await writer.WriteAsync(httpContext, ApiError.From(contractError));
            return true;
        }

        if (exception is BadHttpRequestException badRequest)
        {
            await writer.WriteAsync(httpContext, badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new ApiError(ErrorKind.PayloadTooLarge, ErrorCodes.InvalidRequest, "The request body is larger than this endpoint accepts.", Reason: ErrorReasons.PayloadTooLarge)
                : new ApiError(ErrorKind.InvalidRequest, ErrorCodes.InvalidRequest, "The request could not be read."));
            return true;
        }

        logger.LogError(exception, "Request {RequestId} failed", httpContext.TraceIdentifier);
        await writer.WriteAsync(httpContext, ApiError.Internal());
        return true;
    }
}
