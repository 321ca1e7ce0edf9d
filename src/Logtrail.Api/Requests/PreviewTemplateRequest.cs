namespace Logtrail.Api.Requests;

/// <summary>Body of <c>POST /api/v1/admin/projects/{id}/actions/{action}/preview</c>; <c>environment</c> is required.</summary>
public sealed record PreviewTemplateRequest(string? Template, string? Environment, int? Limit);
