using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Logtrail.Client.Http;
using Logtrail.Client.Keys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logtrail.Client;

/// <summary>
/// The Logtrail data API (<c>/api/v1/workspace</c>) for one key: ingest with idempotency, read pages as async
/// streams, search with LCQL, read activity feeds. Retries, backoff and rate-limit pacing happen inside; errors the
/// service answers arrive as <see cref="LogtrailApiException"/>. Thread-safe; keep one per key.
/// </summary>
public sealed class LogtrailClient : IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> the client uses from <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "Logtrail";

    private const string ApiKeyHeader = "X-API-Key";
    private const string IdempotencyKeyHeader = "Idempotency-Key";

    private readonly IHttpClientFactory _httpClients;
    private readonly LogtrailApiKey _key;
    private readonly Uri _workspace;
    private readonly int _gzipThresholdBytes;
    private ServiceProvider? _ownedServices;

    internal LogtrailClient(IHttpClientFactory httpClients, LogtrailClientOptions options, ILogger<LogtrailClient> logger, IHostEnvironment? host)
    {
        _key = LogtrailApiKey.Parse(options.ApiKey);
        var baseUrl = options.BaseUrl ?? throw new InvalidOperationException(
            $"Logtrail needs a {nameof(LogtrailClientOptions.BaseUrl)} (or {LogtrailClientOptions.BaseUrlVariable}).");
        _workspace = new Uri(new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/"), "api/v1/workspace/");
        _httpClients = httpClients;
        _gzipThresholdBytes = options.GzipThresholdBytes ?? (baseUrl.IsLoopback ? int.MaxValue : LogtrailClientOptions.DefaultGzipThresholdBytes);
        KeyEnvironmentCheck.Warn(_key, host, logger);
    }

    /// <summary>The environment the key writes to and reads from (from the key itself).</summary>
    public string Environment => _key.Environment;

    /// <summary>
    /// A client of its own, outside dependency injection: it owns its HTTP handlers until disposed. The options are
    /// checked here: a missing base URL, or a missing, malformed or mistyped key, throws
    /// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> (whose message never contains the key).
    /// </summary>
    public static LogtrailClient Create(LogtrailClientOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory ?? NullLoggerFactory.Instance);
        services.AddLogtrail(copy =>
        {
            copy.ApiKey = options.ApiKey;
            copy.BaseUrl = options.BaseUrl;
            copy.MaxRetryAttempts = options.MaxRetryAttempts;
            copy.RetryBaseDelay = options.RetryBaseDelay;
            copy.AttemptTimeout = options.AttemptTimeout;
            copy.GzipThresholdBytes = options.GzipThresholdBytes;
        });
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<LogtrailClient>();
        client._ownedServices = provider;
        return client;
    }

    /// <summary>A client configured from <c>LOGTRAIL_API_KEY</c> and <c>LOGTRAIL_BASE_URL</c>.</summary>
    public static LogtrailClient FromEnvironment(ILoggerFactory? loggerFactory = null) =>
        Create(new LogtrailClientOptions().WithEnvironmentDefaults(), loggerFactory);

    /// <summary>Stores one log (<c>POST /logs</c>); retried with the same <c>Idempotency-Key</c> so it is stored once.</summary>
    /// <param name="log">The log.</param>
    /// <param name="idempotencyKey">Your own idempotency key (1–255 characters); a fresh one when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<LogEntry> IngestAsync(LogEvent log, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        return SendAsync(
            HttpMethod.Post, "logs", JsonBody.Create(log, LogtrailJson.Default.LogEvent, _gzipThresholdBytes),
            idempotencyKey ?? NewIdempotencyKey(), LogtrailJson.Default.LogEntry, cancellationToken);
    }

    /// <summary>
    /// Stores logs atomically in one request (<c>POST /logs/bulk</c>): all or none. At most the plan's
    /// <see cref="PlanInfo.MaxBatchSize"/>; retried with the same <c>Idempotency-Key</c>; gzip when large.
    /// </summary>
    /// <param name="logs">The logs.</param>
    /// <param name="idempotencyKey">Your own idempotency key (1–255 characters); a fresh one when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<BulkIngestResult> IngestBatchAsync(IEnumerable<LogEvent> logs, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logs);
        IReadOnlyList<LogEvent> batch = logs as IReadOnlyList<LogEvent> ?? [.. logs];
        return SendAsync(
            HttpMethod.Post, "logs/bulk", JsonBody.Create(batch, LogtrailJson.Default.IReadOnlyListLogEvent, _gzipThresholdBytes),
            idempotencyKey ?? NewIdempotencyKey(), LogtrailJson.Default.BulkIngestResult, cancellationToken);
    }

    /// <summary>Ingest bodies larger than this are gzipped (<see cref="LogtrailClientOptions.GzipThresholdBytes"/>).</summary>
    internal int GzipThresholdBytes => _gzipThresholdBytes;

    /// <summary>
    /// <c>POST /logs/bulk</c> of a body written elsewhere (the batching sender's JSON array, gzipped or not), with a
    /// fresh <c>Idempotency-Key</c> kept across retries; the number of logs stored.
    /// </summary>
    internal async Task<int> IngestBulkBodyAsync(HttpContent body, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, "logs/bulk", body, NewIdempotencyKey(), LogtrailJson.Default.BulkIngestCount, cancellationToken).ConfigureAwait(false)).Ingested;

    /// <summary>Checks logs without storing them (<c>POST /logs/validate</c>); uses no quota. Pass <c>[log]</c> for one.</summary>
    public Task<ValidationReport> ValidateAsync(IEnumerable<LogEvent> logs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logs);
        IReadOnlyList<LogEvent> batch = logs as IReadOnlyList<LogEvent> ?? [.. logs];
        return SendAsync(
            HttpMethod.Post, "logs/validate", JsonBody.Create(batch, LogtrailJson.Default.IReadOnlyListLogEvent, _gzipThresholdBytes),
            null, LogtrailJson.Default.ValidationReport, cancellationToken);
    }

    /// <summary>The key's organization, project, plan, usage and environment (<c>GET /info</c>).</summary>
    public Task<WorkspaceInfo> GetInfoAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "info", null, null, LogtrailJson.Default.WorkspaceInfo, cancellationToken);

    /// <summary>This month's usage against the plan (<c>GET /usage</c>, needs <c>logs:read</c>).</summary>
    public Task<UsageReport> GetUsageAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "usage", null, null, LogtrailJson.Default.UsageReport, cancellationToken);

    /// <summary>One log (<c>GET /logs/{id}</c>); <c>LOG_NOT_FOUND</c> outside the key's project and environment.</summary>
    public Task<LogEntry> GetLogAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, $"logs/{id}", null, null, LogtrailJson.Default.LogEntry, cancellationToken);

    /// <summary>Every log matching <paramref name="filter"/>, newest first, fetched page by page as it is enumerated (<c>GET /logs</c>).</summary>
    public IAsyncEnumerable<LogEntry> ListLogsAsync(LogListFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new LogListFilter();
        var query = new QueryString()
            .Add("from", filter.From)
            .Add("to", filter.To)
            .Add("action", filter.Action)
            .Add("message", filter.Message)
            .Add("levels", filter.Levels is { Count: > 0 } levels ? string.Join(',', levels.Select(LevelName)) : null)
            .Add("tags", filter.Tags is { Count: > 0 } tags ? string.Join(',', tags) : null)
            .Add("pageSize", filter.PageSize);
        return FollowLinksAsync(new Uri(_workspace, "logs" + query), LogtrailJson.Default.ListLogEntry, cancellationToken);
    }

    /// <summary>Every log matching the LCQL <paramref name="lcql"/>, newest first, page by page (<c>POST /logs/query</c>).</summary>
    public async IAsyncEnumerable<LogEntry> QueryAsync(
        string lcql, LogQueryOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new LogQueryOptions();
        var pageSize = options.PageSize ?? 50;
        string? cursorId = null;
        string? cursorTs = null;
        while (true)
        {
            var body = new SearchBody(
                lcql, Text(options.From), Text(options.To), options.Action, cursorId, cursorTs, options.PageSize);
            var page = await SendAsync(
                HttpMethod.Post, "logs/query", JsonContent.Create(body, LogtrailJson.Default.SearchBody), null,
                LogtrailJson.Default.ListLogEntry, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page)
            {
                yield return entry;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            cursorId = page[^1].Id.ToString();
            cursorTs = Rfc3339Converter.ToText(page[^1].ServerTimestamp);
        }
    }

    /// <summary>The project's public activity, rendered by its templates, newest first, page by page (<c>GET /activity</c>).</summary>
    public IAsyncEnumerable<ActivityItem> GetActivityAsync(ActivityFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new ActivityFilter();
        var query = new QueryString()
            .Add("actor_id", filter.ActorId)
            .Add("target_id", filter.TargetId)
            .Add("action", filter.Action)
            .Add("from", filter.From)
            .Add("to", filter.To)
            .Add("pageSize", filter.PageSize);
        return FollowLinksAsync(new Uri(_workspace, "activity" + query), LogtrailJson.Default.ListActivityItem, cancellationToken);
    }

    /// <summary>Releases the HTTP handlers of a client made by <see cref="Create"/> or <see cref="FromEnvironment"/>.</summary>
    public void Dispose() => _ownedServices?.Dispose();

    private async IAsyncEnumerable<T> FollowLinksAsync<T>(
        Uri first, JsonTypeInfo<List<T>> type, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri? next = first;
        while (next is not null)
        {
            List<T> page;
            using (var response = await SendAsync(HttpMethod.Get, next, null, null, cancellationToken).ConfigureAwait(false))
            {
                page = (await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false))!;
                next = NextPageLink.Of(response);
            }

            foreach (var item in page)
            {
                yield return item;
            }
        }
    }

    private async Task<T> SendAsync<T>(
        HttpMethod method, string path, HttpContent? content, string? idempotencyKey, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, new Uri(_workspace, path), content, idempotencyKey, cancellationToken).ConfigureAwait(false);
        return (await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, Uri uri, HttpContent? content, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.TryAddWithoutValidation(ApiKeyHeader, _key.Value);
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, idempotencyKey);
        }

        var response = await _httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await LogtrailApiException.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string NewIdempotencyKey() => Guid.CreateVersion7().ToString("N");

    private static string? Text(DateTimeOffset? instant) => instant is { } value ? Rfc3339Converter.ToText(value) : null;

    private static string LevelName(LogtrailLevel level) => level switch
    {
        LogtrailLevel.Trace => "trace",
        LogtrailLevel.Debug => "debug",
        LogtrailLevel.Info => "info",
        LogtrailLevel.Warn => "warn",
        LogtrailLevel.Error => "error",
        _ => "fatal",
    };
}
