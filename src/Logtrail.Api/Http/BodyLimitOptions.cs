using System.ComponentModel.DataAnnotations;

namespace Logtrail.Api.Http;

/// <summary>Section <c>Logtrail:Ingest</c>: the transport cap of the batch endpoints.</summary>
public sealed class BodyLimitOptions
{
    public const string SectionName = "Logtrail:Ingest";

    /// <summary>
    /// The most a <c>/logs/bulk</c> or <c>/logs/validate</c> body may hold after decompression, whatever the plan: the
    /// cap is min(this, max(1 MiB, 2 × max batch × max log size)).
    /// </summary>
    [Range(1024 * 1024, long.MaxValue)]
    public long MaxRequestBytes { get; set; } = 32L * 1024 * 1024;
}
