namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /api/v1/admin/tokens</c>.</summary>
public sealed record CreateAdminTokenRequest(string? Name, DateTimeOffset? ExpiresAt);
