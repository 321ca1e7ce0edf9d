using Logtrail.Application.Activity.ViewerTokens;
using Logtrail.Application.Common.RateLimiting;
using Logtrail.Application.Keys.Activity;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Application.Logs.Storage;
using Logtrail.Application.Projects;
using Logtrail.Domain.Plans;
using Logtrail.Infrastructure.Background;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Deletes what has outlived its retention, on the instance that holds the <c>retention</c> lease, when it takes it and
/// then every <see cref="LogStorageOptions.RetentionInterval"/>. It decides what has expired — whole partitions once
/// every project's plan has let go of them, then each project's older logs, idempotency records past their 24 hours,
/// key activity older than the longest retention of any plan in use, expired viewer tokens, and shared rate-limit
/// buckets untouched for an hour (full again), cached aggregate splits past the longest retention, of a past generation
/// or beyond the cache's bound — and each store deletes its own rows, in batches of
/// <see cref="LogStorageOptions.RetentionBatchSize"/> where they can be many, each batch a short transaction so
/// ingestion is never held up. Reads hide expired logs on their own; this makes them gone.
/// </summary>
public sealed partial class RetentionEnforcer(
    ILogStore logs,
    IIdempotencyStore idempotency,
    IKeyActivityLog keyActivity,
    IViewerTokenStore viewerTokens,
    ITokenLeaseStore rateLimitBuckets,
    IAggregateCache aggregateCache,
    AggregateCacheOptions aggregateCacheOptions,
    IProjectRepository projects,
    PlanCatalog plans,
    TimeProvider clock,
    IOptions<LogStorageOptions> options,
    ILogger<RetentionEnforcer> logger)
    : IElectedJob
{
    private static readonly TimeSpan IdleRateLimitBucketAge = TimeSpan.FromHours(1);

    public string Name => "retention";

    public bool Enabled => options.Value.EnforceRetention;

    public TimeSpan Interval => options.Value.RetentionInterval;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = await EnforceAsync(cancellationToken);
        LogEnforced(logger, report.PartitionsDropped, report.LogsDeleted, report.IdempotencyRecordsDeleted, report.KeyActivityDeleted, report.ViewerTokensDeleted);
    }

    public async Task<RetentionReport> EnforceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var batchSize = options.Value.RetentionBatchSize;
        var retained = (await projects.ListAsync(null, cancellationToken))
            .Select(project => (project.Id, Plan: plans.Get(project.PlanCode)))
            .ToList();
        var longestRetentionDays = retained.Count > 0
            ? retained.Max(project => project.Plan.RetentionDays)
            : plans.Plans.Max(plan => plan.RetentionDays);
        var longestCutoff = now - TimeSpan.FromDays(longestRetentionDays);

        var partitionsDropped = await logs.DropPartitionsBeforeAsync(longestCutoff, cancellationToken);
        long logsDeleted = 0;
        foreach (var (projectId, plan) in retained)
        {
            logsDeleted += await logs.DeleteStoredBeforeAsync(projectId, plan.RetentionStart(now), batchSize, cancellationToken);
        }

        var recordsDeleted = await idempotency.DeleteRememberedBeforeAsync(now - IdempotencyRequest.Lifetime, batchSize, cancellationToken);
        var activityDeleted = await keyActivity.DeleteOlderThanAsync(longestCutoff, batchSize, cancellationToken);
        var tokensDeleted = await viewerTokens.DeleteExpiredBeforeAsync(now, batchSize, cancellationToken);
        await rateLimitBuckets.ForgetIdleAsync(clock.GetUtcNow() - IdleRateLimitBucketAge, cancellationToken);
        await aggregateCache.TrimAsync(longestCutoff, aggregateCacheOptions.MaxSplits, cancellationToken);
        return new RetentionReport(partitionsDropped, logsDeleted, recordsDeleted, activityDeleted, tokensDeleted);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention enforced: {PartitionsDropped} partitions dropped, {LogsDeleted} logs, {IdempotencyRecordsDeleted} idempotency records, {KeyActivityDeleted} key activity events and {ViewerTokensDeleted} viewer tokens deleted")]
    private static partial void LogEnforced(
        ILogger logger, int partitionsDropped, long logsDeleted, long idempotencyRecordsDeleted, long keyActivityDeleted, long viewerTokensDeleted);
}
