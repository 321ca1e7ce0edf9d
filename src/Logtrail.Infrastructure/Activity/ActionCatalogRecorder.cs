using Logtrail.Application.Activity;
using Logtrail.Domain.Logs;

namespace Logtrail.Infrastructure.Activity;

/// <summary>
/// Tallies stored logs per project, environment and action in memory; <see cref="ActionCatalogFlusher"/> adds the
/// tallies to <c>action_catalog</c> in one statement per flush, so ingestion never waits on catalog rows.
/// </summary>
public sealed class ActionCatalogRecorder : IActionCatalogRecorder
{
    private readonly Lock _lock = new();
    private Dictionary<ActionSlot, ActionTally> _pending = [];

    public void Record(IReadOnlyList<LogEntry> stored)
    {
        lock (_lock)
        {
            foreach (var entry in stored)
            {
                var slot = new ActionSlot(entry.ProjectId, entry.Environment, entry.Action);
                var tally = new ActionTally(1, entry.ServerTimestamp, entry.ServerTimestamp);
                _pending[slot] = _pending.TryGetValue(slot, out var earlier) ? earlier.Add(tally) : tally;
            }
        }
    }

    /// <summary>Takes everything tallied so far.</summary>
    public IReadOnlyDictionary<ActionSlot, ActionTally> Drain()
    {
        lock (_lock)
        {
            var drained = _pending;
            _pending = [];
            return drained;
        }
    }

    /// <summary>Puts back tallies that could not be written, to go with the next flush.</summary>
    public void Restore(IReadOnlyDictionary<ActionSlot, ActionTally> unwritten)
    {
        lock (_lock)
        {
            foreach (var (slot, tally) in unwritten)
            {
                _pending[slot] = _pending.TryGetValue(slot, out var newer) ? newer.Add(tally) : tally;
            }
        }
    }
}
