using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Logtrail.Client.Http;
using Polly.Timeout;

namespace Logtrail.Client.Batching;

/// <summary>
/// Delivers logs in bulk requests sized to the plan (<see cref="PlanInfo.MaxBatchSize"/>), for the logging
/// providers. Each request carries its own <c>Idempotency-Key</c> and is retried by the client; a log the service
/// refuses as invalid is left out and the rest of its batch is sent again. Never throws: what cannot be delivered is
/// counted in <see cref="Statistics"/>.
/// </summary>
public sealed class LogBatchSender
{
    private const int SmallestPlanBatchSize = 50;
    private const string QuotaExceeded = "QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED";

    private readonly Func<LogtrailClient> _client;
    private readonly int? _maxBatchSize;
    private readonly ConcurrentBag<BulkRequestBody> _bodies = [];
    private int _planBatchSize;

    /// <summary>A sender over <paramref name="client"/>.</summary>
    /// <param name="client">The client; resolved on first use, so that a logging provider need not build it while logging is set up.</param>
    /// <param name="maxBatchSize">At most this many logs per request (the plan's maximum when null or larger).</param>
    /// <param name="statistics">Where outcomes are counted; a new one when null.</param>
    public LogBatchSender(Func<LogtrailClient> client, int? maxBatchSize, LogDeliveryStatistics? statistics)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _maxBatchSize = maxBatchSize;
        Statistics = statistics ?? new LogDeliveryStatistics();
    }

    /// <summary>What became of the logs sent so far.</summary>
    public LogDeliveryStatistics Statistics { get; }

    /// <summary>Sends <paramref name="logs"/> in as many bulk requests as the plan needs; completes when each has an outcome. Never throws.</summary>
    public Task SendAsync(IReadOnlyList<LogEvent> logs, CancellationToken cancellationToken) =>
        SendAsync(logs, WriteLogEvent, cancellationToken);

    /// <summary>
    /// Sends <paramref name="logs"/> in as many bulk requests as the plan needs, each log written straight into the
    /// request's JSON by <paramref name="writeLog"/> (which writes one complete log object); completes when each has
    /// an outcome. Never throws: a log that cannot be written fails with the rest of its request.
    /// </summary>
    /// <param name="logs">The logs, in any form <paramref name="writeLog"/> understands.</param>
    /// <param name="writeLog">Writes one log as a JSON object with the fields of <see cref="LogEvent"/> (see <see cref="LogFields"/>).</param>
    /// <param name="cancellationToken">Abandons the requests still to be sent (their logs count as failed).</param>
    public async Task SendAsync<T>(IReadOnlyList<T> logs, Action<Utf8JsonWriter, T> writeLog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(writeLog);
        var settled = 0;
        try
        {
            var client = _client();
            var batchSize = await BatchSizeAsync(client, cancellationToken).ConfigureAwait(false);
            for (var start = 0; start < logs.Count; start += batchSize)
            {
                IReadOnlyList<T> chunk = start == 0 && logs.Count <= batchSize ? logs : [.. logs.Skip(start).Take(batchSize)];
                await SendChunkAsync(client, chunk, writeLog, cancellationToken).ConfigureAwait(false);
                settled += chunk.Count;
            }
        }
        catch (Exception exception)
        {
            // Each chunk's expected failures are counted where they happen; anything else (a client that cannot be
            // built, a log that cannot be written) fails what is left, and the caller's loop goes on.
            Statistics.AddFailed(logs.Count - settled, Describe(exception));
        }
    }

    private async Task SendChunkAsync<T>(LogtrailClient client, IReadOnlyList<T> chunk, Action<Utf8JsonWriter, T> writeLog, CancellationToken cancellationToken)
    {
        try
        {
            Statistics.AddSent(await PostAsync(client, chunk, writeLog, cancellationToken).ConfigureAwait(false));
        }
        catch (LogtrailApiException exception) when (InvalidLogIndexes(exception, chunk.Count) is { Count: > 0 } invalid)
        {
            Statistics.AddRejected(invalid.Count, Describe(exception));
            var valid = chunk.Where((_, index) => !invalid.Contains(index)).ToList();
            if (valid.Count > 0)
            {
                await SendRemainderAsync(client, valid, writeLog, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (LogtrailApiException exception) when (exception.ErrorCode == QuotaExceeded)
        {
            Statistics.AddOverQuota(chunk.Count, Describe(exception));
        }
        catch (LogtrailApiException exception) when (exception.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.RequestEntityTooLarge)
        {
            Statistics.AddRejected(chunk.Count, Describe(exception));
        }
        catch (Exception exception) when (exception is LogtrailApiException or HttpRequestException or TimeoutRejectedException or OperationCanceledException)
        {
            Statistics.AddFailed(chunk.Count, Describe(exception));
        }
    }

    /// <summary>The logs left after the invalid ones are taken out: one more request, whose refusal is final.</summary>
    private async Task SendRemainderAsync<T>(LogtrailClient client, List<T> valid, Action<Utf8JsonWriter, T> writeLog, CancellationToken cancellationToken)
    {
        try
        {
            Statistics.AddSent(await PostAsync(client, valid, writeLog, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (exception is LogtrailApiException or HttpRequestException or TimeoutRejectedException or OperationCanceledException)
        {
            Statistics.AddFailed(valid.Count, Describe(exception));
        }
    }

    /// <summary>
    /// One bulk request, its body written into buffers kept from an earlier request. They go back to the pool only once
    /// the service answered with success, when nothing can still be reading them; after a failure they are left to
    /// the garbage collector.
    /// </summary>
    private async Task<int> PostAsync<T>(LogtrailClient client, IReadOnlyList<T> logs, Action<Utf8JsonWriter, T> writeLog, CancellationToken cancellationToken)
    {
        var body = _bodies.TryTake(out var kept) ? kept : new BulkRequestBody();
        var ingested = await client.IngestBulkBodyAsync(body.Write(logs, writeLog, client.GzipThresholdBytes), cancellationToken).ConfigureAwait(false);
        _bodies.Add(body);
        return ingested;
    }

    private async Task<int> BatchSizeAsync(LogtrailClient client, CancellationToken cancellationToken)
    {
        if (_planBatchSize == 0)
        {
            try
            {
                _planBatchSize = (await client.GetInfoAsync(cancellationToken).ConfigureAwait(false)).Plan.MaxBatchSize;
            }
            catch (Exception exception) when (exception is LogtrailApiException or HttpRequestException or TimeoutRejectedException or OperationCanceledException)
            {
                // Unknown for now: the smallest plan's batch fits every plan; asked again next time.
                return Math.Min(SmallestPlanBatchSize, _maxBatchSize ?? SmallestPlanBatchSize);
            }
        }

        return Math.Max(1, Math.Min(_planBatchSize, _maxBatchSize ?? int.MaxValue));
    }

    private static void WriteLogEvent(Utf8JsonWriter writer, LogEvent log) => JsonSerializer.Serialize(writer, log, LogtrailJson.Default.LogEvent);

    private static HashSet<int> InvalidLogIndexes(LogtrailApiException exception, int count) =>
        exception.StatusCode == HttpStatusCode.BadRequest
            ? [.. exception.Errors.Select(error => error.LogIndex).OfType<int>().Where(index => index >= 0 && index < count)]
            : [];

    private static string Describe(Exception exception) => exception is LogtrailApiException api
        ? $"{(int)api.StatusCode} {api.ErrorCode}: {api.Message} (request {api.RequestId})"
        : $"{exception.GetType().Name}: {exception.Message}";
}
