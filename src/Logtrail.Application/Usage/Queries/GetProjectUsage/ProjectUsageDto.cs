namespace Logtrail.Application.Usage.Queries.GetProjectUsage;

/// <summary>The admin API's project usage (SPEC §8). <see cref="Limit"/> is null on an unlimited plan.</summary>
public sealed record ProjectUsageDto(
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    string PlanCode,
    long? Limit,
    long Used,
    IReadOnlyDictionary<string, long> Environments,
    IReadOnlyList<DailyUsageDto> Daily);

/// <summary>One day's count for one environment.</summary>
public sealed record DailyUsageDto(DateOnly Date, string Environment, long Count);
