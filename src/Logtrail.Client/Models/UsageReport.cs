namespace Logtrail.Client;

/// <summary>What <c>GET /usage</c> reports: this month's count against the plan, exact at the time of the call.</summary>
public sealed class UsageReport
{
    /// <summary>Logs ingested this month.</summary>
    public long Used { get; init; }

    /// <summary>The month's limit; null on an unlimited plan.</summary>
    public long? Limit { get; init; }

    /// <summary>What is left; null on an unlimited plan.</summary>
    public long? Remaining { get; init; }

    /// <summary>Start of the month (UTC).</summary>
    public DateTimeOffset PeriodStart { get; init; }

    /// <summary>End of the month (UTC).</summary>
    public DateTimeOffset PeriodEnd { get; init; }

    /// <summary>When the count resets.</summary>
    public DateTimeOffset ResetsAt { get; init; }

    /// <summary>The plan's code.</summary>
    public string PlanCode { get; init; } = "";
}
