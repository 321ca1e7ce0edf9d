namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /api/v1/admin/projects</c>.</summary>
public sealed record CreateProjectRequest(Guid? OrganizationId, string? Name, string? PlanCode);
