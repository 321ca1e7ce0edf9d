namespace Logtrail.Infrastructure.Configuration;

/// <summary>
/// One plan under <c>Logtrail:Plans:{code}</c>. For a default plan every figure is optional and overrides the
/// default; a new code must give them all. <see cref="Unlimited"/> removes the monthly limit.
/// </summary>
public sealed class PlanSettings
{
    public string? Name { get; set; }

    public long? LogsPerMonth { get; set; }

    public bool? Unlimited { get; set; }

    public int? RetentionDays { get; set; }

    public int? RequestsPerMinute { get; set; }

    public int? MaxLogSizeBytes { get; set; }

    public int? MaxBatchSize { get; set; }

    public int? MaxMetadataDepth { get; set; }

    public int? MaxTags { get; set; }
}
