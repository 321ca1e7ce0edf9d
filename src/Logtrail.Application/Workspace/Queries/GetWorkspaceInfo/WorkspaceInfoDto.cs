namespace Logtrail.Application.Workspace.Queries.GetWorkspaceInfo;

/// <summary>The <c>InfoResponse</c> of the public API (snake_case on the wire).</summary>
public sealed record WorkspaceInfoDto(
    NamedRef Organization, NamedRef Project, ApiKeyInfo ApiKey, PlanInfo Plan, UsageInfo Usage, IngestionInfo Ingestion);

public sealed record NamedRef(Guid Id, string Name);

public sealed record ApiKeyInfo(Guid Id, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> EnvironmentScopes);

public sealed record PlanInfo(string Code, string Name, long? LogsPerMonth, int LogRetentionDays, int MaxBatchSize, int MaxLogSize);

public sealed record UsageInfo(
    long CurrentMonthUsed,
    long? CurrentMonthLimit,
    long? CurrentMonthRemaining,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset ResetsAt);

public sealed record IngestionInfo(IReadOnlyList<string> AllowedEnvironments, string DefaultEnvironment);
