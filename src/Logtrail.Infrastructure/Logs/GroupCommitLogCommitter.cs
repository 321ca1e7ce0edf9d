using System.Threading.Channels;
using Logtrail.Application.Logs.Storage;
using Logtrail.Domain.Logs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Group commit for single-log requests: each waits in a queue, and whichever of <see cref="GroupCommitOptions.Writers"/>
/// loops is free writes everything waiting in one transaction, then acknowledges each request only after that
/// commit. Nothing is delayed on purpose: requests gather while the previous commit is in flight. Batches, and
/// anything arriving while the queue is stopped, are written directly.
/// A log reaches this queue only after ingestion has checked that PostgreSQL can store it (text, numbers, sizes), so
/// a shared commit fails only for what fails every log in it (the database unreachable, say): its requests all get
/// the error, and none is retried on its own.
/// </summary>
public sealed class GroupCommitLogCommitter(LogStorage storage, IOptions<GroupCommitOptions> options) : BackgroundService, ILogCommitter
{
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = false });
    private readonly GroupCommitOptions _options = options.Value;

    public Task CommitAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        if (!_options.Enabled || entries.Count != 1)
        {
            return storage.WriteAsync(entries, cancellationToken);
        }

        var pending = new PendingWrite(entries[0]);
        return _queue.Writer.TryWrite(pending) ? pending.Completion.Task : storage.WriteAsync(entries, cancellationToken);
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
        var entries = new List<LogEntry>(_options.MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < _options.MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                entries.Add(pending.Entry);
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch, entries);
                batch.Clear();
                entries.Clear();
            }
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch, List<LogEntry> entries)
    {
        try
        {
            await storage.WriteAsync(entries, CancellationToken.None);
            batch.ForEach(pending => pending.Completion.TrySetResult());
        }
        catch (Exception exception)
        {
            batch.ForEach(pending => pending.Completion.TrySetException(exception));
        }
    }

    private sealed record PendingWrite(LogEntry Entry)
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
