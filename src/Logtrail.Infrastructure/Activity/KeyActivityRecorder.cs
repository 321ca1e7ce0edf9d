using System.Collections.Concurrent;
using Logtrail.Application.Keys.Activity;
using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Activity;

/// <summary>
/// Queues key activity in memory for <see cref="KeyActivityFlusher"/>. Bounded by
/// <see cref="ActivityOptions.MaxPendingKeyActivity"/>: while the database is unreachable the oldest events are dropped
/// first (and counted), so a long outage cannot exhaust memory.
/// </summary>
public sealed class KeyActivityRecorder(IOptions<ActivityOptions> options) : IKeyActivityRecorder
{
    private readonly ConcurrentQueue<KeyActivityEvent> _pending = new();
    private long _dropped;

    /// <summary>Events dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Record(KeyActivityEvent activity)
    {
        _pending.Enqueue(activity);
        while (_pending.Count > options.Value.MaxPendingKeyActivity && _pending.TryDequeue(out _))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Takes up to <paramref name="max"/> queued events, oldest first.</summary>
    public IReadOnlyList<KeyActivityEvent> Take(int max)
    {
        var taken = new List<KeyActivityEvent>(Math.Min(max, _pending.Count));
        while (taken.Count < max && _pending.TryDequeue(out var activity))
        {
            taken.Add(activity);
        }

        return taken;
    }

    /// <summary>Queues events again that could not be written (after newer ones: order is restored by their times).</summary>
    public void Restore(IEnumerable<KeyActivityEvent> unwritten)
    {
        foreach (var activity in unwritten)
        {
            Record(activity);
        }
    }
}
