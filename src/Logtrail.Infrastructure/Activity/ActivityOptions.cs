using System.ComponentModel.DataAnnotations;

namespace Logtrail.Infrastructure.Activity;

/// <summary>Section <c>Logtrail:Activity</c>: how the action catalog and key activity are written off the request path.</summary>
public sealed class ActivityOptions
{
    public const string SectionName = "Logtrail:Activity";

    /// <summary>How often recorded catalog counts and key activity are written; SPEC §7 wants them visible within 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:02")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Key activity events held in memory at most while the database is unreachable; older ones are dropped beyond it.</summary>
    [Range(1_000, 10_000_000)]
    public int MaxPendingKeyActivity { get; set; } = 100_000;
}
