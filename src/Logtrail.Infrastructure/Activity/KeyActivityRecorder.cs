using Logtrail.Application.Keys.Activity;
using Logtrail.Infrastructure.Background;
using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Activity;

/// <summary>
/// Counts key activity in memory for <see cref="KeyActivityFlusher"/>: requests of one key within one second that are
/// alike (method, route, status, address, user agent, denial) share one event and its count. Bounded by
/// <see cref="ActivityOptions.MaxPendingKeyActivity"/> events: while the database is unreachable, requests that would
/// need a new event beyond it are dropped (and counted), so a long outage cannot exhaust memory.
/// </summary>
public sealed class KeyActivityRecorder(IOptions<ActivityOptions> options) : IKeyActivityRecorder
{
    private readonly MergingBuffer<Slot, Tally> _pending = new((earlier, later) => earlier.Add(later), options.Value.MaxPendingKeyActivity);
    private long _dropped;

    /// <summary>How many requests went unrecorded since the last call because too many events were waiting.</summary>
    public long TakeDropped() => Interlocked.Exchange(ref _dropped, 0);

    public void Record(KeyRequest request)
    {
        var slot = new Slot(
            request.KeyId, request.Time.ToUnixTimeSeconds(), request.Method, request.Route, request.Status, request.ClientIp, request.UserAgent, request.Denied);
        if (!_pending.Add(slot, new Tally(request.Time, 1, request.LogsIngested)))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Takes every event counted so far; each gets its id here, from its first request's time.</summary>
    public IReadOnlyList<KeyActivityEvent> Drain() => _pending.Drain().Select(pair => pair.Key.ToEvent(pair.Value)).ToList();

    /// <summary>Puts back events that could not be written, to go with the next flush.</summary>
    public void Restore(IEnumerable<KeyActivityEvent> unwritten) =>
        _pending.Restore(unwritten.Select(activity => KeyValuePair.Create(
            new Slot(activity.KeyId, activity.Time.ToUnixTimeSeconds(), activity.Method, activity.Route, activity.Status,
                activity.ClientIp, activity.UserAgent, activity.Denied),
            new Tally(activity.Time, activity.Count, activity.LogsIngested))));

    private readonly record struct Slot(
        Guid KeyId, long Second, string Method, string Route, int Status, string? ClientIp, string? UserAgent, bool Denied)
    {
        public KeyActivityEvent ToEvent(Tally tally) =>
            new(Guid.CreateVersion7(tally.FirstTime), KeyId, tally.FirstTime, Method, Route, Status, ClientIp, UserAgent, Denied, tally.Count, tally.LogsIngested);
    }

    /// <summary>The requests of one slot: the first one's time, how many, what they stored.</summary>
    private readonly record struct Tally(DateTimeOffset FirstTime, int Count, int LogsIngested)
    {
        public Tally Add(Tally later) => this with { Count = Count + later.Count, LogsIngested = LogsIngested + later.LogsIngested };
    }
}
