using System.ComponentModel.DataAnnotations;

namespace Logtrail.Application.Logs.Queries.ExportLogs;

/// <summary>Section <c>Logtrail:Export</c>: how an export reads the database.</summary>
public sealed class ExportOptions
{
    public const string SectionName = "Logtrail:Export";

    /// <summary>
    /// Logs per keyset batch: one statement each, and the most an export holds in memory at a time. Larger batches
    /// cost fewer statements (each plans over the partitions it touches); smaller ones less memory.
    /// </summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 5_000;
}
