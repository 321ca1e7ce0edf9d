using System.Diagnostics;

namespace Logtrail.Api.Http;

/// <summary>
/// One structured line per request: method, route path, status, duration and request id. Headers and bodies are
/// never logged, so neither keys nor <c>Authorization</c> values can reach the log.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        using (RequestScope(logger, context.TraceIdentifier))
        {
            try
            {
                await next(context);
            }
            finally
            {
                LogRequest(logger, context.Request.Method, context.Request.Path, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.TraceIdentifier);
            }
        }
    }

    private static readonly Func<ILogger, string, IDisposable?> RequestScope =
        LoggerMessage.DefineScope<string>("Request {RequestId}");

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms (request {RequestId})")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs, string requestId);
}
