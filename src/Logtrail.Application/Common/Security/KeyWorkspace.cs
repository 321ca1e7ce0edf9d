namespace Logtrail.Application.Common.Security;

/// <summary>The project (workspace) a key belongs to, with its organization and plan, as of the key lookup.</summary>
public sealed record KeyWorkspace(Guid OrganizationId, string OrganizationName, Guid ProjectId, string ProjectName, string PlanCode);
