using Microsoft.Extensions.Logging;

namespace Logtrail.Extensions.Logging;

/// <summary>The warning a batch carries when the queue overflowed since the last one: <c>logtrail.logs_dropped</c>, with the counts as metadata.</summary>
internal sealed class DropReportRecord(long newlyDropped, long totalDropped)
    : LogtrailLogRecord(DateTimeOffset.UtcNow, LogLevel.Warning, ProviderCategory, new EventId(0, LogtrailLogQueue.DroppedAction), null)
{
    private const string ProviderCategory = "Logtrail.Extensions.Logging";

    public override string Message() =>
        $"The Logtrail logger queue was full: {newlyDropped} log(s) dropped, oldest first ({totalDropped} in all since start).";

    public override IReadOnlyList<KeyValuePair<string, object?>> Properties() =>
        [new("dropped", newlyDropped), new("total_dropped", totalDropped)];
}
