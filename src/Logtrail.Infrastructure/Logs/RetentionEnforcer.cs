using Dapper;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Projects;
using Logtrail.Domain.Plans;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Deletes what has outlived its retention (SPEC §6), at start and then every
/// <see cref="LogStorageOptions.RetentionInterval"/>: whole daily partitions once every project's plan has let go of
/// them, then each project's older logs in batches of <see cref="LogStorageOptions.RetentionBatchSize"/> (each its own
/// short transaction, so ingestion is never held up), idempotency records past their 24 hours, and key activity older
/// than the longest retention of any plan in use. Reads hide expired logs on their own; this makes them gone.
/// </summary>
public sealed partial class RetentionEnforcer(
    NpgsqlDataSource dataSource,
    IProjectRepository projects,
    PlanCatalog plans,
    TimeProvider clock,
    IOptions<LogStorageOptions> options,
    ILogger<RetentionEnforcer> logger)
    : BackgroundService
{
    private const string DeleteExpiredLogs =
        """
        WITH expired AS (
            SELECT project_id, environment, server_timestamp, id FROM logs
            WHERE project_id = @projectId AND server_timestamp < @cutoff
            LIMIT @batchSize)
        DELETE FROM logs USING expired
        WHERE logs.project_id = expired.project_id AND logs.environment = expired.environment
          AND logs.server_timestamp = expired.server_timestamp AND logs.id = expired.id
        """;

    private const string DeleteExpiredIdempotencyRecords =
        """
        DELETE FROM idempotency_records WHERE ctid IN (
            SELECT ctid FROM idempotency_records WHERE created_at < @cutoff LIMIT @batchSize)
        """;

    private const string DeleteExpiredKeyActivity =
        """
        WITH expired AS (SELECT key_id, occurred_at, id FROM key_activity WHERE occurred_at < @cutoff LIMIT @batchSize)
        DELETE FROM key_activity USING expired
        WHERE key_activity.key_id = expired.key_id AND key_activity.occurred_at = expired.occurred_at AND key_activity.id = expired.id
        """;

    public async Task<RetentionReport> EnforceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var retained = (await projects.ListAsync(null, cancellationToken))
            .Select(project => (project.Id, Plan: plans.Get(project.PlanCode)))
            .ToList();
        var longestRetentionDays = retained.Count > 0
            ? retained.Max(project => project.Plan.RetentionDays)
            : plans.Plans.Max(plan => plan.RetentionDays);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var longestCutoff = now - TimeSpan.FromDays(longestRetentionDays);
        var partitionsDropped = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT drop_expired_log_partitions(@cutoff)", new { cutoff = longestCutoff }, cancellationToken: cancellationToken));

        long logsDeleted = 0;
        foreach (var (projectId, plan) in retained)
        {
            logsDeleted += await DeleteInBatchesAsync(connection, DeleteExpiredLogs, new { projectId, cutoff = plan.RetentionStart(now) }, cancellationToken);
        }

        var recordsDeleted = await DeleteInBatchesAsync(
            connection, DeleteExpiredIdempotencyRecords, new { cutoff = now - IdempotencyRequest.Lifetime }, cancellationToken);
        var activityDeleted = await DeleteInBatchesAsync(connection, DeleteExpiredKeyActivity, new { cutoff = longestCutoff }, cancellationToken);
        return new RetentionReport(partitionsDropped, logsDeleted, recordsDeleted, activityDeleted);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EnforceRetention)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RetentionInterval);
        do
        {
            try
            {
                var report = await EnforceAsync(stoppingToken);
                LogEnforced(logger, report.PartitionsDropped, report.LogsDeleted, report.IdempotencyRecordsDeleted, report.KeyActivityDeleted);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<long> DeleteInBatchesAsync(NpgsqlConnection connection, string sql, object cutoff, CancellationToken cancellationToken)
    {
        var batchSize = options.Value.RetentionBatchSize;
        var parameters = new DynamicParameters(cutoff);
        parameters.Add("batchSize", batchSize);
        long deleted = 0;
        int batch;
        do
        {
            batch = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
            deleted += batch;
        }
        while (batch == batchSize);

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention enforced: {PartitionsDropped} partitions dropped, {LogsDeleted} logs, {IdempotencyRecordsDeleted} idempotency records and {KeyActivityDeleted} key activity events deleted")]
    private static partial void LogEnforced(ILogger logger, int partitionsDropped, long logsDeleted, long idempotencyRecordsDeleted, long keyActivityDeleted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention run failed; the next run retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
