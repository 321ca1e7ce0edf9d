using Dapper;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Projects;
using Logtrail.Domain.Plans;
using Logtrail.Infrastructure.Background;
using Logtrail.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Deletes what has outlived its retention, on the instance that holds the <c>retention</c> lease, when it takes it and
/// then every <see cref="LogStorageOptions.RetentionInterval"/>: whole daily partitions once every project's plan has let
/// go of them, then each project's older logs in batches of <see cref="LogStorageOptions.RetentionBatchSize"/> (each its
/// own short transaction with <see cref="JobTransaction"/>'s timeouts, so ingestion is never held up), idempotency
/// records past their 24 hours, key activity older than the longest retention of any plan in use, and shared
/// rate-limit buckets untouched for an hour (full again). Reads hide expired logs on their own; this makes them gone.
/// Every statement names rows by their primary key (no <c>ctid</c>), so it also runs on Citus.
/// </summary>
public sealed partial class RetentionEnforcer(
    NpgsqlDataSource dataSource,
    IProjectRepository projects,
    PlanCatalog plans,
    TimeProvider clock,
    IOptions<LogStorageOptions> options,
    ILogger<RetentionEnforcer> logger)
    : IElectedJob
{
    private static readonly TimeSpan IdleRateLimitBucketAge = TimeSpan.FromHours(1);

    private const string DeleteExpiredLogs =
        """
        WITH expired AS (
            SELECT project_id, environment, server_timestamp, id FROM logs
            WHERE project_id = @projectId AND server_timestamp < @cutoff
            LIMIT @batchSize)
        DELETE FROM logs USING expired
        WHERE logs.project_id = @projectId AND logs.project_id = expired.project_id AND logs.environment = expired.environment
          AND logs.server_timestamp = expired.server_timestamp AND logs.id = expired.id
        """;

    private const string DeleteExpiredIdempotencyRecords =
        """
        WITH expired AS (
            SELECT project_id, environment, idempotency_key FROM idempotency_records WHERE created_at < @cutoff LIMIT @batchSize)
        DELETE FROM idempotency_records USING expired
        WHERE idempotency_records.project_id = expired.project_id AND idempotency_records.environment = expired.environment
          AND idempotency_records.idempotency_key = expired.idempotency_key
        """;

    private const string DeleteExpiredKeyActivity =
        """
        WITH expired AS (SELECT project_id, key_id, occurred_at, id FROM key_activity WHERE occurred_at < @cutoff LIMIT @batchSize)
        DELETE FROM key_activity USING expired
        WHERE key_activity.project_id = expired.project_id AND key_activity.key_id = expired.key_id
          AND key_activity.occurred_at = expired.occurred_at AND key_activity.id = expired.id
        """;

    private const string DeleteIdleRateLimitBuckets = "DELETE FROM rate_limit_buckets WHERE updated_at < @cutoff";

    public string Name => "retention";

    public bool Enabled => options.Value.EnforceRetention;

    public TimeSpan Interval => options.Value.RetentionInterval;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = await EnforceAsync(cancellationToken);
        LogEnforced(logger, report.PartitionsDropped, report.LogsDeleted, report.IdempotencyRecordsDeleted, report.KeyActivityDeleted);
    }

    public async Task<RetentionReport> EnforceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var retained = (await projects.ListAsync(null, cancellationToken))
            .Select(project => (project.Id, Plan: plans.Get(project.PlanCode)))
            .ToList();
        var longestRetentionDays = retained.Count > 0
            ? retained.Max(project => project.Plan.RetentionDays)
            : plans.Plans.Max(plan => plan.RetentionDays);

        var longestCutoff = now - TimeSpan.FromDays(longestRetentionDays);
        var partitionsDropped = await JobTransaction.RunAsync(
            dataSource,
            connection => connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT drop_expired_log_partitions(@cutoff)", new { cutoff = longestCutoff }, cancellationToken: cancellationToken)),
            cancellationToken);

        long logsDeleted = 0;
        foreach (var (projectId, plan) in retained)
        {
            logsDeleted += await DeleteInBatchesAsync(DeleteExpiredLogs, new { projectId, cutoff = plan.RetentionStart(now) }, cancellationToken);
        }

        var recordsDeleted = await DeleteInBatchesAsync(DeleteExpiredIdempotencyRecords, new { cutoff = now - IdempotencyRequest.Lifetime }, cancellationToken);
        var activityDeleted = await DeleteInBatchesAsync(DeleteExpiredKeyActivity, new { cutoff = longestCutoff }, cancellationToken);
        await JobTransaction.RunAsync(
            dataSource,
            connection => connection.ExecuteAsync(new CommandDefinition(
                DeleteIdleRateLimitBuckets, new { cutoff = clock.GetUtcNow() - IdleRateLimitBucketAge }, cancellationToken: cancellationToken)),
            cancellationToken);
        return new RetentionReport(partitionsDropped, logsDeleted, recordsDeleted, activityDeleted);
    }

    private async Task<long> DeleteInBatchesAsync(string sql, object cutoff, CancellationToken cancellationToken)
    {
        var batchSize = options.Value.RetentionBatchSize;
        var parameters = new DynamicParameters(cutoff);
        parameters.Add("batchSize", batchSize);
        long deleted = 0;
        int batch;
        do
        {
            batch = await JobTransaction.RunAsync(
                dataSource,
                connection => connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)),
                cancellationToken);
            deleted += batch;
        }
        while (batch == batchSize);

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention enforced: {PartitionsDropped} partitions dropped, {LogsDeleted} logs, {IdempotencyRecordsDeleted} idempotency records and {KeyActivityDeleted} key activity events deleted")]
    private static partial void LogEnforced(ILogger logger, int partitionsDropped, long logsDeleted, long idempotencyRecordsDeleted, long keyActivityDeleted);
}
