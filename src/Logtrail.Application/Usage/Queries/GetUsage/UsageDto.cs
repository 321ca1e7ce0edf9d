namespace Logtrail.Application.Usage.Queries.GetUsage;

/// <summary>The <c>UsageResponse</c> of the public API. Limit and remaining are null on an unlimited plan.</summary>
public sealed record UsageDto(
    long Used, long? Limit, long? Remaining, DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, DateTimeOffset ResetsAt, string PlanCode);
