namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /api/v1/admin/projects/{id}/keys</c>.</summary>
public sealed record CreateKeyRequest(string? Name, string? Environment, string? Type, DateTimeOffset? ExpiresAt);
