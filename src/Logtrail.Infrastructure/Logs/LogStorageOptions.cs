using System.ComponentModel.DataAnnotations;

namespace Logtrail.Infrastructure.Logs;

/// <summary>Section <c>Logtrail:Logs</c>.</summary>
public sealed class LogStorageOptions
{
    public const string SectionName = "Logtrail:Logs";

    /// <summary>Run <see cref="LogPartitionMaintainer"/> in this instance (one instance of a fleet is enough).</summary>
    public bool MaintainPartitions { get; set; } = true;

    /// <summary>Run <see cref="RetentionEnforcer"/> in this instance (one instance of a fleet is enough).</summary>
    public bool EnforceRetention { get; set; } = true;

    /// <summary>How often expired logs are deleted; SPEC §6 wants them gone within 24 h.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows per delete statement (each its own short transaction), so deletion never holds ingestion up.</summary>
    [Range(100, 100_000)]
    public int RetentionBatchSize { get; set; } = 5_000;
}
