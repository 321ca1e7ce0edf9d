using System.Text.Json.Serialization;

namespace Logtrail.Application.Usage.Queries.GetUsage;

/// <summary>
/// The <c>UsageResponse</c> of the public API. On an unlimited plan <see cref="Limit"/> and <see cref="Remaining"/>
/// are left out (never null: clients generated from the public document read them as integers), and
/// <see cref="Unlimited"/> says so.
/// </summary>
public sealed record UsageDto(
    bool Unlimited,
    long Used,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Limit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Remaining,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset ResetsAt,
    string PlanCode);
