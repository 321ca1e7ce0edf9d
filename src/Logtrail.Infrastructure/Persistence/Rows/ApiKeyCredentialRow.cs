namespace Logtrail.Infrastructure.Persistence.Rows;

/// <summary>A key with its hash, joined with its project and organization, as authentication loads it.</summary>
public sealed class ApiKeyCredentialRow : ApiKeyRow
{
    public byte[] KeyHash { get; init; } = [];

    public string ProjectName { get; init; } = "";

    public string PlanCode { get; init; } = "";

    public Guid OrganizationId { get; init; }

    public string OrganizationName { get; init; } = "";
}
