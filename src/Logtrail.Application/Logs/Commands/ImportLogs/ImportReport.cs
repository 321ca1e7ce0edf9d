namespace Logtrail.Application.Logs.Commands.ImportLogs;

/// <summary>What an import did: <c>{imported, skipped_duplicates, skipped_expired, failed_batches, errors}</c>.</summary>
public sealed record ImportReport(long Imported, long SkippedDuplicates, long SkippedExpired, int FailedBatches, IReadOnlyList<ImportError> Errors);

/// <summary>One problem of one line (1-based), which failed that line's batch.</summary>
public sealed record ImportError(int Line, string Field, string Message);
