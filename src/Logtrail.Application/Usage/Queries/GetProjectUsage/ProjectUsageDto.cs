using System.Text.Json.Serialization;

namespace Logtrail.Application.Usage.Queries.GetProjectUsage;

/// <summary>The admin API's project usage. On an unlimited plan <see cref="Limit"/> is left out and <see cref="Unlimited"/> says so.</summary>
public sealed record ProjectUsageDto(
    bool Unlimited,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    string PlanCode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Limit,
    long Used,
    IReadOnlyDictionary<string, long> Environments,
    IReadOnlyList<DailyUsageDto> Daily);

/// <summary>One day's count for one environment.</summary>
public sealed record DailyUsageDto(DateOnly Date, string Environment, long Count);
