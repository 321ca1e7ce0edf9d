using Logtrail.Api.Http;
using Logtrail.Application.Audit;
using Logtrail.Application.Audit.Queries.GetAdminAudit;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Controllers.Admin;

/// <summary>The admin audit trail (SPEC §8).</summary>
public sealed class AuditController(IMediator mediator) : AdminControllerBase
{
    /// <summary>Every admin action, newest first; <c>Link: rel="next"</c> when more exist.</summary>
    [HttpGet("audit")]
    public async Task<IReadOnlyList<AdminAuditEntry>> List(
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] int? pageSize,
        [FromQuery(Name = "cursorID")] string? cursorId,
        [FromQuery(Name = "cursorTS")] string? cursorTs,
        CancellationToken cancellationToken) =>
        NextPageLink.Add(HttpContext, await mediator.Send(new GetAdminAuditQuery(from, to, pageSize, cursorId, cursorTs), cancellationToken));
}
