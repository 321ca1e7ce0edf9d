using Logtrail.Api.Requests;
using Logtrail.Application.Audit;
using Logtrail.Application.Audit.Queries.GetAdminAudit;
using Logtrail.Application.Common.Paging;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages;

/// <summary>The admin audit trail, newest first: every admin action, the console's included.</summary>
public sealed class AuditModel(IMediator mediator) : ConsolePageModel(mediator)
{
    public const int PageSize = 50;

    public Page<AdminAuditEntry>? Entries { get; private set; }

    public async Task OnGetAsync([FromQuery] PageParameters page) =>
        Entries = await SendAsync(new GetAdminAuditQuery(null, null, PageSize, page.CursorId, page.CursorTs));
}
