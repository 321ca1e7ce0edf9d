namespace Logtrail.Infrastructure.Logs;

/// <summary>Section <c>Logtrail:Logs</c>.</summary>
public sealed class LogStorageOptions
{
    public const string SectionName = "Logtrail:Logs";

    /// <summary>Run <see cref="LogPartitionMaintainer"/> in this instance (one instance of a fleet is enough).</summary>
    public bool MaintainPartitions { get; set; } = true;
}
