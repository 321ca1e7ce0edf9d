namespace Logtrail.Infrastructure.Logs;

/// <summary>What one retention run removed.</summary>
public sealed record RetentionReport(int PartitionsDropped, long LogsDeleted, long IdempotencyRecordsDeleted, long KeyActivityDeleted, long ViewerTokensDeleted);
