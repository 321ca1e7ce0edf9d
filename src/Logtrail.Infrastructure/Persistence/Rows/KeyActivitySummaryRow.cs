namespace Logtrail.Infrastructure.Persistence.Rows;

/// <summary>The aggregates of a key's activity in a window.</summary>
public sealed class KeyActivitySummaryRow
{
    public long Requests { get; init; }

    public long Denied { get; init; }

    public long LogsIngested { get; init; }

    public long DistinctIps { get; init; }

    public DateTime? FirstSeen { get; init; }

    public DateTime? LastSeen { get; init; }
}
