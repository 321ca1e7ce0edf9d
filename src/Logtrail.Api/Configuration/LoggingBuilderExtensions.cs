using ZLogger;

namespace Logtrail.Api.Configuration;

public static class LoggingBuilderExtensions
{
    /// <summary>
    /// The service's log goes to standard output, one line per entry (<c>2026-12-01 04:10:00.123 [INF]
    /// Logtrail.Api.Http.RequestLoggingMiddleware: HTTP POST … responded 201 …</c>, an exception's text on the lines
    /// after its entry), through ZLogger: a request only formats its line and queues it, and one background loop writes
    /// whatever is queued in one buffered write. The framework's console logger wrote and flushed every line from its
    /// own thread instead, a thread switch and a write per request (docs/benchmarks.md, issue 10). Lines still queued at
    /// shutdown are written when the host disposes the provider. The event-source provider stays, for
    /// <c>dotnet-trace</c>; levels come from <c>Logging:LogLevel</c> as before.
    /// </summary>
    public static ILoggingBuilder AddLogtrailConsole(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddEventSourceLogger();
        logging.AddZLoggerConsole(options => options.UsePlainTextFormatter(formatter =>
            formatter.SetPrefixFormatter(
                $"{0:utc-longdate} [{1:short}] {2}: ",
                (in MessageTemplate template, in LogInfo info) => template.Format(info.Timestamp, info.LogLevel, info.Category))));
        return logging;
    }
}
