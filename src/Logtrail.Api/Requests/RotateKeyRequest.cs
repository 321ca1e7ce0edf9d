namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /api/v1/admin/keys/{id}/rotate</c>; optional (no body: no grace, no expiry).</summary>
public sealed record RotateKeyRequest(int? GracePeriodSeconds, DateTimeOffset? ExpiresAt);
