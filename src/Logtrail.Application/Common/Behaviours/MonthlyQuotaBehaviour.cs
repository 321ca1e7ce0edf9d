using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Usage;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Usage;
using MediatR;

namespace Logtrail.Application.Common.Behaviours;

/// <summary>
/// The last check before the work (SPEC §3's order): a request that stores logs must fit, all of it, within the
/// project's monthly limit plus grace, judged on exact usage. Checks and writes are not serialised, so concurrent
/// requests that pass together can overshoot the ceiling by at most what they carry (docs/limits.md). A retry whose
/// Idempotency-Key is remembered is let through: it replays the first response and stores nothing.
/// </summary>
public sealed class MonthlyQuotaBehaviour<TRequest, TResponse>(
    ICallerContext caller, PlanCatalog plans, MonthlyUsageReader usage, QuotaGrace grace, IIdempotencyStore idempotency, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is IConsumesMonthlyQuota consuming && caller.Key is { } key && plans.For(key).LogsPerMonth is not null
            ? CheckThenHandleAsync(consuming, key, cancellationToken, next)
            : next();

    private async Task<TResponse> CheckThenHandleAsync(
        IConsumesMonthlyQuota consuming, CallerKey key, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!await IsReplayAsync(consuming, key, cancellationToken))
        {
            var monthly = await usage.ReadAsync(key.ProjectId, key.Workspace.PlanCode, TimeSpan.Zero, cancellationToken);
            if (!grace.Admits(monthly.Used, consuming.LogCount, monthly.Limit))
            {
                throw new MonthlyQuotaExceededException(monthly.Limit!.Value, monthly.Used, consuming.LogCount, monthly.ResetsAt - clock.GetUtcNow());
            }
        }

        return await next();
    }

    private async Task<bool> IsReplayAsync(IConsumesMonthlyQuota consuming, CallerKey key, CancellationToken cancellationToken) =>
        consuming.Idempotency is { } remembered
        && await idempotency.IsRememberedAsync(
            key.ProjectId, key.Environment, remembered.Key, clock.GetUtcNow() - IdempotencyRequest.Lifetime, cancellationToken);
}
