namespace Logtrail.Infrastructure.Persistence.Rows;

/// <summary>A key joined with its project and organization, as authentication loads it.</summary>
public sealed class ApiKeyCredentialRow
{
    public Guid Id { get; init; }

    public Guid ProjectId { get; init; }

    public string Environment { get; init; } = "";

    public string Type { get; init; } = "";

    public string Name { get; init; } = "";

    public string Prefix { get; init; } = "";

    public byte[] KeyHash { get; init; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public DateTime? RevokedAt { get; init; }

    public DateTime? LastUsedAt { get; init; }

    public string ProjectName { get; init; } = "";

    public string PlanCode { get; init; } = "";

    public Guid OrganizationId { get; init; }

    public string OrganizationName { get; init; } = "";
}
