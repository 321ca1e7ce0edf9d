namespace Logtrail.Client;

/// <summary>What <c>GET /info</c> tells about the calling key: its organization, project, plan, usage and environment.</summary>
public sealed class WorkspaceInfo
{
    /// <summary>The organization owning the project.</summary>
    public NamedResource Organization { get; init; } = new();

    /// <summary>The project (workspace) the key belongs to.</summary>
    public NamedResource Project { get; init; } = new();

    /// <summary>The key itself.</summary>
    public ApiKeyInfo ApiKey { get; init; } = new();

    /// <summary>The project's plan and its limits.</summary>
    public PlanInfo Plan { get; init; } = new();

    /// <summary>This month's usage (may lag by a second).</summary>
    public MonthUsage Usage { get; init; } = new();

    /// <summary>Where the key may ingest.</summary>
    public IngestionInfo Ingestion { get; init; } = new();
}

/// <summary>An id and a name.</summary>
public sealed class NamedResource
{
    /// <summary>The id.</summary>
    public Guid Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init; } = "";
}

/// <summary>The calling key.</summary>
public sealed class ApiKeyInfo
{
    /// <summary>The key's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The key's name.</summary>
    public string Name { get; init; } = "";

    /// <summary><c>logs:read</c> and/or <c>logs:write</c>.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The key's environment (one item).</summary>
    public IReadOnlyList<string> EnvironmentScopes { get; init; } = [];
}

/// <summary>A plan and its limits.</summary>
public sealed class PlanInfo
{
    /// <summary><c>free</c>, <c>dev</c>, <c>pro</c>, <c>enterprise</c>, …</summary>
    public string Code { get; init; } = "";

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Logs per month; null on an unlimited plan.</summary>
    public long? LogsPerMonth { get; init; }

    /// <summary>Days logs are kept.</summary>
    public int LogRetentionDays { get; init; }

    /// <summary>Most logs in one bulk request.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Most bytes of one log's JSON.</summary>
    public int MaxLogSize { get; init; }

    /// <summary>Most bytes of one request body, when the service says.</summary>
    public long? MaxRequestBytes { get; init; }
}

/// <summary>Usage of the current calendar month, as <c>/info</c> reports it.</summary>
public sealed class MonthUsage
{
    /// <summary>Logs ingested this month.</summary>
    public long CurrentMonthUsed { get; init; }

    /// <summary>The month's limit; null on an unlimited plan.</summary>
    public long? CurrentMonthLimit { get; init; }

    /// <summary>What is left; null on an unlimited plan.</summary>
    public long? CurrentMonthRemaining { get; init; }

    /// <summary>Start of the month (UTC).</summary>
    public DateTimeOffset PeriodStart { get; init; }

    /// <summary>End of the month (UTC).</summary>
    public DateTimeOffset PeriodEnd { get; init; }

    /// <summary>When the count resets.</summary>
    public DateTimeOffset ResetsAt { get; init; }
}

/// <summary>Where the key ingests.</summary>
public sealed class IngestionInfo
{
    /// <summary>The key's environment (one item).</summary>
    public IReadOnlyList<string> AllowedEnvironments { get; init; } = [];

    /// <summary>The environment logs land in.</summary>
    public string DefaultEnvironment { get; init; } = "";
}
