using Logtrail.Application.Keys.Activity;
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
    private readonly Lock _lock = new();
    private Dictionary<Slot, Tally> _pending = [];
    private long _dropped;

    /// <summary>How many requests went unrecorded since the last call because too many events were waiting.</summary>
    public long TakeDropped() => Interlocked.Exchange(ref _dropped, 0);

    public void Record(KeyRequest request)
    {
        var slot = new Slot(
            request.KeyId, request.Time.ToUnixTimeSeconds(), request.Method, request.Route, request.Status, request.ClientIp, request.UserAgent, request.Denied);
        lock (_lock)
        {
            if (_pending.TryGetValue(slot, out var tally))
            {
                tally.Count++;
                tally.LogsIngested += request.LogsIngested;
            }
            else if (_pending.Count < options.Value.MaxPendingKeyActivity)
            {
                _pending[slot] = new Tally(Guid.CreateVersion7(request.Time), request.Time) { Count = 1, LogsIngested = request.LogsIngested };
            }
            else
            {
                Interlocked.Increment(ref _dropped);
            }
        }
    }

    /// <summary>Takes every event counted so far.</summary>
    public IReadOnlyList<KeyActivityEvent> Drain()
    {
        Dictionary<Slot, Tally> drained;
        lock (_lock)
        {
            drained = _pending;
            _pending = [];
        }

        return drained.Select(pair => pair.Key.ToEvent(pair.Value)).ToList();
    }

    /// <summary>Puts back events that could not be written, to go with the next flush.</summary>
    public void Restore(IEnumerable<KeyActivityEvent> unwritten)
    {
        lock (_lock)
        {
            foreach (var activity in unwritten)
            {
                var slot = new Slot(activity.KeyId, activity.Time.ToUnixTimeSeconds(), activity.Method, activity.Route, activity.Status,
                    activity.ClientIp, activity.UserAgent, activity.Denied);
                if (_pending.TryGetValue(slot, out var newer))
                {
                    newer.Count += activity.Count;
                    newer.LogsIngested += activity.LogsIngested;
                }
                else
                {
                    _pending[slot] = new Tally(activity.Id, activity.Time) { Count = activity.Count, LogsIngested = activity.LogsIngested };
                }
            }
        }
    }

    private readonly record struct Slot(
        Guid KeyId, long Second, string Method, string Route, int Status, string? ClientIp, string? UserAgent, bool Denied)
    {
        public KeyActivityEvent ToEvent(Tally tally) =>
            new(tally.Id, KeyId, tally.FirstTime, Method, Route, Status, ClientIp, UserAgent, Denied, tally.Count, tally.LogsIngested);
    }

    private sealed class Tally(Guid id, DateTimeOffset firstTime)
    {
        public Guid Id { get; } = id;

        public DateTimeOffset FirstTime { get; } = firstTime;

        public int Count { get; set; }

        public int LogsIngested { get; set; }
    }
}
