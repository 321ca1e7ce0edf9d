using System.Text.Json;
using System.Threading.Channels;
using Logtrail.Client.Batching;

namespace Logtrail.Extensions.Logging;

/// <summary>
/// The bounded in-memory queue between <c>ILogger</c> calls and the service, and the background loops that empty
/// it in batches (up to <see cref="LogtrailLoggerOptions.MaxConcurrentBatches"/> requests in flight). Enqueuing never waits: when the queue is full the oldest log is dropped and counted, and the next
/// batch reports the drops as a <c>logtrail.logs_dropped</c> warning.
/// </summary>
internal sealed class LogtrailLogQueue : IAsyncDisposable
{
    public const string DroppedAction = "logtrail.logs_dropped";

    private readonly Channel<LogtrailLogRecord> _channel;
    private readonly LogBatchSender _sender;
    private readonly LogtrailLoggerOptions _options;
    private readonly int _batchSize;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _abort = new();
    private readonly Task _loops;
    private long _accepted;
    private long _settled;
    private long _droppedReported;
    private TaskCompletionSource _progress = NewProgress();

    public LogtrailLogQueue(LogBatchSender sender, LogtrailLoggerOptions options)
    {
        _sender = sender;
        _options = options;
        _batchSize = Math.Max(1, options.MaxBatchSize ?? 1_000);
        _channel = Channel.CreateBounded<LogtrailLogRecord>(
            new BoundedChannelOptions(Math.Max(1, options.QueueCapacity))
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = false,
                AllowSynchronousContinuations = false,
            },
            _ => Drop());
        _loops = Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.MaxConcurrentBatches)).Select(_ => Task.Run(RunAsync)));
    }

    public LogDeliveryStatistics Statistics => _sender.Statistics;

    public void Enqueue(LogtrailLogRecord record)
    {
        var accepted = Interlocked.Increment(ref _accepted);
        if (!_channel.Writer.TryWrite(record))
        {
            Drop();
        }

        if (accepted % _batchSize == 0)
        {
            // A batch's worth has arrived since the last signal: a loop waiting for its partly filled batch to fill
            // up sends now instead of at the end of the flush interval (the release never runs the loop's code here).
            _wake.Release();
        }
    }

    /// <summary>Completes when every log enqueued before the call has an outcome (sent, refused, failed or dropped).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _accepted);
        while (Interlocked.Read(ref _settled) < target && !_loops.IsCompleted)
        {
            var progress = Volatile.Read(ref _progress).Task;
            _wake.Release(Math.Max(1, _options.MaxConcurrentBatches));
            await progress.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops accepting, sends what is queued within the shutdown timeout, then abandons the rest.</summary>
    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        _wake.Release(Math.Max(1, _options.MaxConcurrentBatches));
        if (await Task.WhenAny(_loops, Task.Delay(_options.ShutdownTimeout)).ConfigureAwait(false) != _loops)
        {
            await _abort.CancelAsync().ConfigureAwait(false);
            await _loops.ConfigureAwait(false);
        }

        _abort.Dispose();
        _wake.Dispose();
    }

    private void Drop()
    {
        // Counted only: the sender's next batch signals progress, so a flush still sees the drop settled.
        Statistics.AddDropped(1);
        Interlocked.Increment(ref _settled);
    }

    private async Task RunAsync()
    {
        var records = new List<LogtrailLogRecord>(_batchSize + 1);
        Action<Utf8JsonWriter, LogtrailLogRecord> writeLog = new LogRecordJsonWriter(_options.MaxExceptionLength, _options.IncludeMessageTemplate).Write;
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (reader.Count < _batchSize && !reader.Completion.IsCompleted)
            {
                // Let a partly filled batch fill up, unless a flush or shutdown asks for it now.
                await _wake.WaitAsync(_options.FlushInterval).ConfigureAwait(false);
            }

            while (records.Count < _batchSize && reader.TryRead(out var record))
            {
                records.Add(record);
            }

            if (records.Count > 0)
            {
                await SendAsync(records, writeLog).ConfigureAwait(false);
                records.Clear();
            }
        }

        Volatile.Read(ref _progress).TrySetResult();
    }

    private async Task SendAsync(List<LogtrailLogRecord> records, Action<Utf8JsonWriter, LogtrailLogRecord> writeLog)
    {
        var queued = records.Count;
        if (_abort.IsCancellationRequested)
        {
            // Shutdown ran out of time: what is still queued is counted as failed, not sent.
            Statistics.AddFailed(queued, "The provider was disposed before these logs could be sent.");
            Settle(queued);
            return;
        }

        if (ClaimDropsToReport() is var (newlyDropped, dropped) && newlyDropped > 0)
        {
            records.Add(new DropReportRecord(newlyDropped, dropped));
        }

        await _sender.SendAsync(records, writeLog, _abort.Token).ConfigureAwait(false);
        Settle(queued);
    }

    /// <summary>The drops no batch has reported yet, claimed by this batch (each drop is reported once).</summary>
    private (long Newly, long Total) ClaimDropsToReport()
    {
        var dropped = Statistics.Dropped;
        long reported;
        do
        {
            reported = Interlocked.Read(ref _droppedReported);
            if (dropped <= reported)
            {
                return (0, dropped);
            }
        }
        while (Interlocked.CompareExchange(ref _droppedReported, dropped, reported) != reported);

        return (dropped - reported, dropped);
    }

    private void Settle(long count)
    {
        Interlocked.Add(ref _settled, count);
        Interlocked.Exchange(ref _progress, NewProgress()).TrySetResult();
    }

    private static TaskCompletionSource NewProgress() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
