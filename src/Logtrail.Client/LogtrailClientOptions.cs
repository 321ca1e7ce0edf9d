namespace Logtrail.Client;

/// <summary>How a <see cref="LogtrailClient"/> reaches the service and how hard it retries.</summary>
public sealed class LogtrailClientOptions
{
    /// <summary>The environment variable <see cref="LogtrailClient.FromEnvironment"/> reads the key from.</summary>
    public const string ApiKeyVariable = "LOGTRAIL_API_KEY";

    /// <summary>The environment variable <see cref="LogtrailClient.FromEnvironment"/> reads the base URL from.</summary>
    public const string BaseUrlVariable = "LOGTRAIL_BASE_URL";

    /// <summary>The data-API key, <c>lt_{environment}_{type}_{secret}</c>. Checked locally when the client is built.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The service's root URL, e.g. <c>https://logtrail.example.com</c> (the client appends <c>/api/v1/workspace</c>).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Retries after the first attempt for a retryable failure (network, 5xx, plan rate limit, idempotency in progress). Default 6.</summary>
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>The first backoff delay; later ones grow exponentially, with jitter. A <c>Retry-After</c> header takes precedence. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take before it counts as a network failure. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The threshold when <see cref="GzipThresholdBytes"/> is not set: 16 KiB.</summary>
    public const int DefaultGzipThresholdBytes = 16 * 1024;

    /// <summary>
    /// Ingest bodies larger than this many bytes are sent with <c>Content-Encoding: gzip</c>. When not set (the
    /// default): above <see cref="DefaultGzipThresholdBytes"/>, except to a loopback address (the service on the same
    /// host), where bodies go uncompressed — there is no network to save there, only CPU to spend on both ends. Set it
    /// to compress above it whatever the address.
    /// </summary>
    public int? GzipThresholdBytes { get; set; }

    /// <summary>
    /// Fills <see cref="ApiKey"/> and <see cref="BaseUrl"/> from <c>LOGTRAIL_API_KEY</c> and <c>LOGTRAIL_BASE_URL</c>
    /// where they are not set yet.
    /// </summary>
    public LogtrailClientOptions WithEnvironmentDefaults()
    {
        ApiKey ??= Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null;
        BaseUrl ??= Environment.GetEnvironmentVariable(BaseUrlVariable) is { Length: > 0 } url ? new Uri(url, UriKind.Absolute) : null;
        return this;
    }
}
