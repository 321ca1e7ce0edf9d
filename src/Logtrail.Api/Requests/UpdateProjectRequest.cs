namespace Logtrail.Api.Requests;

/// <summary>Body of <c>PATCH /api/v1/admin/projects/{id}</c>: what is given changes.</summary>
public sealed record UpdateProjectRequest(string? Name, string? PlanCode);
