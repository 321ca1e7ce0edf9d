using System.ComponentModel.DataAnnotations;

namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>
/// Section <c>Logtrail:Aggregates:Cache</c>: the results cache of closed time splits (docs/architecture.md,
/// "Aggregates: closed hours come from a cache"). A split is closed — its counts can no longer change through
/// ingestion — once it ended more than <see cref="MaxWriteAge"/> plus <see cref="ClockSkew"/> before the oldest
/// transaction still open in the database began.
/// </summary>
public sealed class AggregateCacheOptions
{
    public const string SectionName = "Logtrail:Aggregates:Cache";

    /// <summary>Off: every aggregate counts the rows, as a single GROUP BY.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a write transaction may take from stamping its logs' <c>server_timestamp</c> to its commit;
    /// ingestion refuses to commit older stamps (503, retried by clients), which is what lets a split close.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan MaxWriteAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far the clocks of the service's instances may differ from one another.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An aggregate whose cached and counted groups (per split) pass this is counted from the rows and not cached.</summary>
    [Range(1_000, 10_000_000)]
    public int MaxGroupsPerRequest { get; set; } = 200_000;

    /// <summary>The most splits kept in the database; the retention job evicts those cached longest ago beyond it.</summary>
    [Range(1_000, 100_000_000)]
    public int MaxSplits { get; set; } = 500_000;
}
