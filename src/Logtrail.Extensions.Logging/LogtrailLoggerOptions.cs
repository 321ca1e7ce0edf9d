namespace Logtrail.Extensions.Logging;

/// <summary>How the Logtrail logger provider queues and sends (configuration section <c>Logging:Logtrail</c>).</summary>
public sealed class LogtrailLoggerOptions
{
    /// <summary>Logs held in memory at most; when full, the oldest are dropped and counted. Default 10,000.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>At most this many logs per request; the plan's maximum when null or larger.</summary>
    public int? MaxBatchSize { get; set; }

    /// <summary>Batches in flight at once when logs queue up faster than one request at a time can send them. Default 4.</summary>
    public int MaxConcurrentBatches { get; set; } = 4;

    /// <summary>How long a partly filled batch waits for more logs before it is sent. Default 1 s.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long disposing the provider waits for queued logs to be sent. Default 10 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether logger scopes go into each log's <c>context</c>. Default true.</summary>
    public bool IncludeScopes { get; set; } = true;

    /// <summary>
    /// Whether each log's <c>context</c> carries its message template (<c>context.message_template</c>), to group logs
    /// by the statement that wrote them. Default false: the formatted message and the template's values (in
    /// <c>metadata</c>) are always sent, and the template adds bytes to every log the service stores.
    /// </summary>
    public bool IncludeMessageTemplate { get; set; }

    /// <summary>An exception's text (type, message, stack trace) is cut to this many characters, so that a log fits small plans' size limit. Default 1,000.</summary>
    public int MaxExceptionLength { get; set; } = 1_000;
}
