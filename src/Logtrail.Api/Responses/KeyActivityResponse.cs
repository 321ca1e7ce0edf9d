using Logtrail.Application.Keys.Activity;

namespace Logtrail.Api.Responses;

/// <summary>The body of <c>GET /api/v1/admin/keys/{id}/activity</c>: the window's summary and one page of events.</summary>
public sealed record KeyActivityResponse(KeyActivitySummary Summary, IReadOnlyList<KeyActivityEvent> Events);
