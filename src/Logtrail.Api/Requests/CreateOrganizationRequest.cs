namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /api/v1/admin/organizations</c>.</summary>
public sealed record CreateOrganizationRequest(string? Name);
