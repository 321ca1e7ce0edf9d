using System.Threading.Channels;
using AutoMapper;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Tail;

/// <summary>
/// One consumer's live tail. It subscribes to committed logs first, then (when resuming) replays what the database
/// holds from <see cref="TailOptions.CommitLag"/> before the resume point, so nothing that commits meanwhile — even
/// out of timestamp order — is missed; then it filters each committed batch with the query (in memory, or with one
/// database query per batch for full-text terms) and queues the matches. Both queues are bounded: a consumer that
/// falls <see cref="TailOptions.BufferedEvents"/> events behind is cut off (<see cref="Overflowed"/>) without
/// slowing the feed, other tails or ingestion.
/// </summary>
public sealed class LogTailSession : IAsyncDisposable
{
    private const int BufferedBatches = 256;

    private readonly LogFilter _filter;
    private readonly LcqlMatcher _matcher;
    private readonly string? _lastEventId;
    private readonly ILogReader _reader;
    private readonly IMapper _mapper;
    private readonly TailOptions _options;
    private readonly TimeProvider _clock;
    private readonly IDisposable _lease;
    private readonly Channel<Inbound> _inbound = Channel.CreateBounded<Inbound>(new BoundedChannelOptions(BufferedBatches) { SingleReader = true });
    private readonly Channel<TailEvent> _outbound;
    private readonly CancellationTokenSource _stop = new();
    private readonly HashSet<Guid> _replayed = [];
    private IDisposable? _subscription;
    private Task _pump = Task.CompletedTask;
    private int _overflowed;

    public LogTailSession(
        LogFilter filter, LcqlMatcher matcher, string? lastEventId, ILogReader reader, IMapper mapper, TailOptions options, TimeProvider clock, IDisposable lease)
    {
        _filter = filter;
        _matcher = matcher;
        _lastEventId = lastEventId;
        _reader = reader;
        _mapper = mapper;
        _options = options;
        _clock = clock;
        _lease = lease;
        _outbound = Channel.CreateBounded<TailEvent>(new BoundedChannelOptions(options.BufferedEvents) { SingleReader = true, SingleWriter = true });
    }

    /// <summary>The events to send, in order. Completes when the session ends (overflow, shutdown, failure).</summary>
    public ChannelReader<TailEvent> Events => _outbound.Reader;

    /// <summary>True once the consumer fell too far behind; send <c>overflow</c> and close.</summary>
    public bool Overflowed => Volatile.Read(ref _overflowed) == 1;

    /// <summary>Subscribes to <paramref name="feed"/> and starts filtering (and, when resuming, replaying).</summary>
    public void Start(ILogCommitFeed feed)
    {
        _subscription = feed.Subscribe(_filter.ProjectId, _filter.Environment, OnCommitted, OnGap);
        _pump = Task.Run(() => PumpAsync(_stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        await _stop.CancelAsync();
        _inbound.Writer.TryComplete();
        await _pump;
        _stop.Dispose();
        _lease.Dispose();
    }

    private void OnCommitted(IReadOnlyList<LogEntry> batch)
    {
        if (!_inbound.Writer.TryWrite(new Inbound(batch)))
        {
            Overflow();
        }
    }

    private void OnGap()
    {
        if (!_inbound.Writer.TryWrite(new Inbound(null)))
        {
            Overflow();
        }
    }

    private async Task PumpAsync(CancellationToken stop)
    {
        try
        {
            await ReplayAsync(stop);
            await foreach (var inbound in _inbound.Reader.ReadAllAsync(stop))
            {
                if (inbound.Batch is not { } batch)
                {
                    Emit(new TailEvent(TailEventKind.Reset, Reason: "commits_may_have_been_missed"));
                    continue;
                }

                foreach (var entry in await MatchingAsync(batch, stop))
                {
                    Emit(Log(entry));
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The consumer left or the service is stopping.
        }
        catch (Exception exception)
        {
            _outbound.Writer.TryComplete(exception);
            return;
        }

        _outbound.Writer.TryComplete();
    }

    /// <summary>For a resume: the matches since <see cref="TailOptions.CommitLag"/> before the last event, oldest first (imported logs never).</summary>
    private async Task ReplayAsync(CancellationToken stop)
    {
        if (_lastEventId is null)
        {
            return;
        }

        if (!TailCursor.TryParse(_lastEventId, out var cursor) || cursor.Timestamp < _clock.GetUtcNow() - _options.ResumeWindow)
        {
            Emit(new TailEvent(TailEventKind.Reset, Reason: "resume_point_too_old"));
            return;
        }

        var entries = await _reader.ListAsync(_filter with { From = cursor.Timestamp - _options.CommitLag, Limit = _options.MaxResumeLogs + 1 }, stop);
        if (entries.Count > _options.MaxResumeLogs)
        {
            Emit(new TailEvent(TailEventKind.Reset, Reason: "too_many_logs_to_resume"));
            return;
        }

        for (var index = entries.Count - 1; index >= 0; index--)
        {
            var entry = entries[index];
            _replayed.Add(entry.Id);
            if (entry.Id != cursor.Id && entry.ApiKeyId is not null)
            {
                Emit(Log(entry));
            }
        }
    }

    /// <summary>The batch's logs that the query matches and that a replay has not already sent.</summary>
    private async Task<IReadOnlyList<LogEntry>> MatchingAsync(IReadOnlyList<LogEntry> batch, CancellationToken stop)
    {
        var candidates = batch.Where(entry => _matcher.Matches(entry) && !_replayed.Contains(entry.Id)).ToList();
        if (!_matcher.NeedsDatabase || candidates.Count == 0)
        {
            return candidates;
        }

        var confirmed = await _reader.ListAsync(
            _filter with { From = candidates.Min(entry => entry.ServerTimestamp), To = candidates.Max(entry => entry.ServerTimestamp).AddTicks(10), Limit = int.MaxValue },
            stop);
        var ids = confirmed.Select(entry => entry.Id).ToHashSet();
        return candidates.Where(entry => ids.Contains(entry.Id)).ToList();
    }

    private TailEvent Log(LogEntry entry) => new(TailEventKind.Log, _mapper.Map<LogEntryDto>(entry), TailCursor.Of(entry).ToString());

    private void Emit(TailEvent tailEvent)
    {
        if (!_outbound.Writer.TryWrite(tailEvent))
        {
            Overflow();
        }
    }

    private void Overflow()
    {
        if (Interlocked.Exchange(ref _overflowed, 1) == 0)
        {
            _outbound.Writer.TryComplete();
            _inbound.Writer.TryComplete();
        }
    }

    /// <summary>A committed batch, or null for a gap in the feed.</summary>
    private sealed record Inbound(IReadOnlyList<LogEntry>? Batch);
}
