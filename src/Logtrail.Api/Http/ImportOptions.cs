using System.ComponentModel.DataAnnotations;

namespace Logtrail.Api.Http;

/// <summary>Section <c>Logtrail:Import</c>: historical import's limits.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Logtrail:Import";

    /// <summary>The most an import body may hold after decompression (1 GiB unless set).</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Lines stored per transaction; a bad line fails its batch.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1_000;
}
