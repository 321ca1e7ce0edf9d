using Logtrail.Api.Http;
using Logtrail.Api.Requests;
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
    public async Task<IReadOnlyList<AdminAuditEntry>> List([FromQuery] PageParameters page, CancellationToken cancellationToken) =>
        NextPageLink.Add(
            HttpContext,
            await mediator.Send(new GetAdminAuditQuery(page.From, page.To, page.PageSize, page.CursorId, page.CursorTs), cancellationToken));
}
