using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Faults;
using Logtrail.Application.Logs;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Logtrail.Application.Common.Behaviours;

/// <summary>
/// Outermost behaviour: a database fault becomes its contract error (503, or 400 VALIDATION_QUERY_CONSTRAINT for a
/// search that ran past the statement timeout) without a log line of its own — outages are logged once per
/// transition; any other failure that is not a contract error is logged, naming the request type only (request
/// contents may hold personal data), and travels on to the API's error mapping.
/// </summary>
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(
    IDatabaseFaults faults, ILogger<UnhandledExceptionBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception exception) when (exception is not LogtrailException and not OperationCanceledException)
        {
            if (DatabaseFaultTranslation.Translate(faults, exception, isSearch: request is ILogWindow) is { } contractError)
            {
                throw contractError;
            }

            logger.LogError(exception, "Unhandled exception while handling {RequestType}", typeof(TRequest).Name);
            throw;
        }
    }
}
