using Logtrail.Application.Activity;
using Logtrail.Domain.Logs;
using Logtrail.Infrastructure.Background;

namespace Logtrail.Infrastructure.Activity;

/// <summary>
/// Tallies stored logs per project, environment and action in memory; <see cref="ActionCatalogFlusher"/> adds the
/// tallies to <c>action_catalog</c> in one statement per flush, so ingestion never waits on catalog rows.
/// </summary>
public sealed class ActionCatalogRecorder : IActionCatalogRecorder
{
    public MergingBuffer<ActionSlot, ActionTally> Pending { get; } = new((earlier, later) => earlier.Add(later));

    public void Record(IReadOnlyList<LogEntry> stored)
    {
        foreach (var entry in stored)
        {
            Pending.Add(
                new ActionSlot(entry.ProjectId, entry.Environment, entry.Action),
                new ActionTally(1, entry.ServerTimestamp, entry.ServerTimestamp));
        }
    }
}
