using Logtrail.Application.Common.Exceptions;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Logtrail.Application.Common.Behaviours;

/// <summary>
/// Outermost behaviour: logs any failure that is not a contract error, naming the request type only
/// (request contents may hold personal data), and lets it travel on to the API's error mapping.
/// </summary>
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<UnhandledExceptionBehaviour<TRequest, TResponse>> logger)
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
            logger.LogError(exception, "Unhandled exception while handling {RequestType}", typeof(TRequest).Name);
            throw;
        }
    }
}
