using System.Net;
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
    public async Task SendAsync(IReadOnlyList<LogEvent> logs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var settled = 0;
        try
        {
            var client = _client();
            var batchSize = await BatchSizeAsync(client, cancellationToken).ConfigureAwait(false);
            for (var start = 0; start < logs.Count; start += batchSize)
            {
                var chunk = new List<LogEvent>(Math.Min(batchSize, logs.Count - start));
                for (var index = start; index < logs.Count && chunk.Count < batchSize; index++)
                {
                    chunk.Add(logs[index]);
                }

                await SendChunkAsync(client, chunk, cancellationToken).ConfigureAwait(false);
                settled += chunk.Count;
            }
        }
        catch (Exception exception)
        {
            // Each chunk's expected failures are counted where they happen; anything else (a client that cannot be
            // built, a serialization failure) fails what is left, and the caller's loop goes on.
            Statistics.AddFailed(logs.Count - settled, Describe(exception));
        }
    }

    private async Task SendChunkAsync(LogtrailClient client, List<LogEvent> chunk, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.IngestBatchAsync(chunk, null, cancellationToken).ConfigureAwait(false);
            Statistics.AddSent(result.Ingested);
        }
        catch (LogtrailApiException exception) when (InvalidLogIndexes(exception, chunk.Count) is { Count: > 0 } invalid)
        {
            Statistics.AddRejected(invalid.Count, Describe(exception));
            var valid = chunk.Where((_, index) => !invalid.Contains(index)).ToList();
            if (valid.Count > 0)
            {
                await SendRemainderAsync(client, valid, cancellationToken).ConfigureAwait(false);
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
    private async Task SendRemainderAsync(LogtrailClient client, List<LogEvent> valid, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.IngestBatchAsync(valid, null, cancellationToken).ConfigureAwait(false);
            Statistics.AddSent(result.Ingested);
        }
        catch (Exception exception) when (exception is LogtrailApiException or HttpRequestException or TimeoutRejectedException or OperationCanceledException)
        {
            Statistics.AddFailed(valid.Count, Describe(exception));
        }
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

    private static HashSet<int> InvalidLogIndexes(LogtrailApiException exception, int count) =>
        exception.StatusCode == HttpStatusCode.BadRequest
            ? [.. exception.Errors.Select(error => error.LogIndex).OfType<int>().Where(index => index >= 0 && index < count)]
            : [];

    private static string Describe(Exception exception) => exception is LogtrailApiException api
        ? $"{(int)api.StatusCode} {api.ErrorCode}: {api.Message} (request {api.RequestId})"
        : $"{exception.GetType().Name}: {exception.Message}";
}
