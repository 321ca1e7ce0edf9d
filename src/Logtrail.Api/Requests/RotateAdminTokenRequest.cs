namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /api/v1/admin/tokens/{id}/rotate</c>; optional (no body: no grace).</summary>
public sealed record RotateAdminTokenRequest(int? GracePeriodSeconds);
