using Logtrail.Domain.Plans;
using Logtrail.Domain.Usage;

namespace Logtrail.Application.Usage;

/// <summary>A project's usage against its plan in one period. Limit and remaining are null on an unlimited plan.</summary>
public sealed record MonthlyUsage(long Used, long? Limit, long? Remaining, BillingPeriod Period)
{
    public static MonthlyUsage Of(long used, Plan plan, BillingPeriod period) =>
        new(used, plan.LogsPerMonth, plan.LogsPerMonth is { } limit ? Math.Max(0, limit - used) : null, period);

    /// <summary>Usage resets when the next period starts.</summary>
    public DateTimeOffset ResetsAt => Period.End;
}
