using Logtrail.Client;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.Logtrail;

namespace Serilog;

/// <summary><c>WriteTo.Logtrail(…)</c>.</summary>
public static class LogtrailLoggerConfigurationExtensions
{
    /// <summary>
    /// Sends events to Logtrail in batches, through Serilog's batching support. Give a <paramref name="client"/>, or
    /// an <paramref name="apiKey"/> and <paramref name="baseUrl"/> (each falling back to <c>LOGTRAIL_API_KEY</c> /
    /// <c>LOGTRAIL_BASE_URL</c>). A malformed or mistyped key fails here, when logging is configured.
    /// </summary>
    /// <param name="sinkConfiguration">Serilog's sink configuration.</param>
    /// <param name="apiKey">The data-API key (when no client is given).</param>
    /// <param name="baseUrl">The service's root URL (when no client is given).</param>
    /// <param name="client">A client to send through (then <paramref name="apiKey"/> and <paramref name="baseUrl"/> are ignored).</param>
    /// <param name="batchSizeLimit">Events per batch; requests are further sized to the plan. Default 1,000.</param>
    /// <param name="period">How long a partly filled batch waits. Default 1 s.</param>
    /// <param name="queueLimit">Events held in memory at most (Serilog drops beyond it). Default 10,000.</param>
    /// <param name="restrictedToMinimumLevel">The lowest level sent.</param>
    /// <param name="levelSwitch">A switch that changes the lowest level at run time.</param>
    public static LoggerConfiguration Logtrail(
        this LoggerSinkConfiguration sinkConfiguration,
        string? apiKey = null,
        string? baseUrl = null,
        LogtrailClient? client = null,
        int batchSizeLimit = 1_000,
        TimeSpan? period = null,
        int queueLimit = 10_000,
        LogEventLevel restrictedToMinimumLevel = LevelAlias.Minimum,
        LoggingLevelSwitch? levelSwitch = null)
    {
        ArgumentNullException.ThrowIfNull(sinkConfiguration);
        var sink = client is not null
            ? new LogtrailSink(client, ownsClient: false, batchSizeLimit)
            : new LogtrailSink(
                LogtrailClient.Create(new LogtrailClientOptions
                {
                    ApiKey = apiKey,
                    BaseUrl = baseUrl is null ? null : new Uri(baseUrl, UriKind.Absolute),
                }.WithEnvironmentDefaults()),
                ownsClient: true,
                batchSizeLimit);
        return sinkConfiguration.Sink(
            sink,
            new BatchingOptions
            {
                BatchSizeLimit = batchSizeLimit,
                BufferingTimeLimit = period ?? TimeSpan.FromSeconds(1),
                QueueLimit = queueLimit,
            },
            restrictedToMinimumLevel,
            levelSwitch);
    }
}
