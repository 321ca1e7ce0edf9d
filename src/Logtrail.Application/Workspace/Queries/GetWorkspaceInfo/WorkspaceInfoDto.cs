using System.Text.Json.Serialization;

namespace Logtrail.Application.Workspace.Queries.GetWorkspaceInfo;

/// <summary>The <c>InfoResponse</c> of the public API (snake_case on the wire).</summary>
public sealed record WorkspaceInfoDto(
    NamedRef Organization, NamedRef Project, ApiKeyInfo ApiKey, PlanInfo Plan, UsageInfo Usage, IngestionInfo Ingestion);

public sealed record NamedRef(Guid Id, string Name);

public sealed record ApiKeyInfo(Guid Id, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> EnvironmentScopes);

/// <summary>The plan; on an unlimited plan <see cref="LogsPerMonth"/> is left out (never null) and <see cref="Unlimited"/> says so.</summary>
public sealed record PlanInfo(
    string Code,
    string Name,
    bool Unlimited,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? LogsPerMonth,
    int LogRetentionDays,
    int MaxBatchSize,
    int MaxLogSize);

/// <summary>This month's usage; limit and remaining are left out on an unlimited plan.</summary>
public sealed record UsageInfo(
    long CurrentMonthUsed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? CurrentMonthLimit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? CurrentMonthRemaining,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset ResetsAt);

public sealed record IngestionInfo(IReadOnlyList<string> AllowedEnvironments, string DefaultEnvironment);
