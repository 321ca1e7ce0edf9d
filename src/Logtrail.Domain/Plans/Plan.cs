namespace Logtrail.Domain.Plans;

/// <summary>What a project's plan allows (SPEC §6). <see cref="LogsPerMonth"/> is null for an unlimited plan.</summary>
public sealed record Plan(
    string Code,
    string Name,
    long? LogsPerMonth,
    int RetentionDays,
    int RequestsPerMinute,
    int MaxLogSizeBytes,
    int MaxBatchSize,
    int MaxMetadataDepth,
    int MaxTags)
{
    public bool IsUnlimited => LogsPerMonth is null;

    /// <summary>The oldest server timestamp still readable at <paramref name="now"/>.</summary>
    public DateTimeOffset RetentionStart(DateTimeOffset now) => now - TimeSpan.FromDays(RetentionDays);
}
