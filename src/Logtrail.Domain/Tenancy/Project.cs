namespace Logtrail.Domain.Tenancy;

/// <summary>What the public docs call a workspace: has a plan and the three environments (SPEC §1).</summary>
public sealed record Project(Guid Id, Guid OrganizationId, string Name, string PlanCode, DateTimeOffset CreatedAt);
