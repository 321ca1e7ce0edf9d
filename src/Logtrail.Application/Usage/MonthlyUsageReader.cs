using Logtrail.Domain.Plans;
using Logtrail.Domain.Usage;

namespace Logtrail.Application.Usage;

/// <summary>The current month's usage of a project against its plan.</summary>
public sealed class MonthlyUsageReader(IUsageReader usage, PlanCatalog plans, TimeProvider clock)
{
    public async Task<MonthlyUsage> ReadAsync(Guid projectId, string planCode, TimeSpan maxStaleness, CancellationToken cancellationToken)
    {
        var period = BillingPeriod.Containing(clock.GetUtcNow());
        var used = await usage.CountIngestedAsync(projectId, period, maxStaleness, cancellationToken);
        return MonthlyUsage.Of(used, plans.Get(planCode), period);
    }
}
