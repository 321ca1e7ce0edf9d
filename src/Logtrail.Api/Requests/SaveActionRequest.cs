namespace Logtrail.Api.Requests;

/// <summary>Body of <c>PUT /api/v1/admin/projects/{id}/actions/{action}</c>; <c>is_public</c> is required.</summary>
public sealed record SaveActionRequest(bool? IsPublic, string? Template, string? Description);
