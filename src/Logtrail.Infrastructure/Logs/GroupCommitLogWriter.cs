using System.Threading.Channels;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Domain.Logs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Group commit for single-log requests: each waits in a queue, and whichever of <see cref="GroupCommitOptions.Writers"/>
/// loops is free writes everything waiting in one transaction, then acknowledges each request only after that
/// commit. Nothing is delayed on purpose: requests gather while the previous commit is in flight. Batches,
/// requests with an Idempotency-Key, and anything arriving while the queue is stopped are written directly.
/// If a shared transaction fails, its logs are retried one by one, so one bad log cannot fail the others.
/// </summary>
public sealed partial class GroupCommitLogWriter(LogWriter direct, IOptions<GroupCommitOptions> options, ILogger<GroupCommitLogWriter> logger)
    : BackgroundService, ILogWriter
{
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = false });
    private readonly GroupCommitOptions _options = options.Value;

    public Task<WriteOutcome> WriteAsync(IReadOnlyList<LogEntry> entries, IdempotentWrite? idempotency, CancellationToken cancellationToken)
    {
        if (!_options.Enabled || entries.Count != 1 || idempotency is not null)
        {
            return direct.WriteAsync(entries, idempotency, cancellationToken);
        }

        var pending = new PendingWrite(entries[0]);
        return _queue.Writer.TryWrite(pending) ? pending.Completion.Task : direct.WriteAsync(entries, idempotency, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var stopping = stoppingToken.Register(() => _queue.Writer.TryComplete());
        await Task.WhenAll(Enumerable.Range(0, _options.Writers).Select(_ => Task.Run(CommitLoopAsync, CancellationToken.None)));
    }

    /// <summary>Runs until the queue is completed and drained, so every accepted request is answered at shutdown.</summary>
    private async Task CommitLoopAsync()
    {
        var batch = new List<PendingWrite>(_options.MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < _options.MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
                batch.Clear();
            }
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        try
        {
            await direct.WriteAsync(batch.Select(pending => pending.Entry).ToArray(), idempotency: null, CancellationToken.None);
            batch.ForEach(pending => pending.Completion.TrySetResult(WriteOutcome.Written));
        }
        catch (Exception exception)
        {
            LogSharedCommitFailed(logger, exception, batch.Count);
            foreach (var pending in batch)
            {
                await CommitAloneAsync(pending);
            }
        }
    }

    private async Task CommitAloneAsync(PendingWrite pending)
    {
        try
        {
            pending.Completion.TrySetResult(await direct.WriteAsync([pending.Entry], idempotency: null, CancellationToken.None));
        }
        catch (Exception exception)
        {
            pending.Completion.TrySetException(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A shared commit of {Count} logs failed; retrying them one by one")]
    private static partial void LogSharedCommitFailed(ILogger logger, Exception exception, int count);

    private sealed record PendingWrite(LogEntry Entry)
    {
        public TaskCompletionSource<WriteOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
