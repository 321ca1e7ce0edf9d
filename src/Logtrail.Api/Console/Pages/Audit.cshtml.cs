using Logtrail.Application.Audit;
using Logtrail.Application.Audit.Queries.GetAdminAudit;
using Logtrail.Application.Common.Paging;
using Logtrail.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages;

/// <summary>The admin audit trail, newest first: every admin action, the console's included.</summary>
public sealed class AuditModel(IMediator mediator) : ConsolePageModel(mediator)
{
    public const int PageSize = 50;

    [FromQuery(Name = "cursorID")]
    public string? CursorId { get; set; }

    [FromQuery(Name = "cursorTS")]
    public string? CursorTs { get; set; }

    public Page<AdminAuditEntry>? Entries { get; private set; }

    public async Task OnGetAsync() =>
        Entries = await SendAsync(new GetAdminAuditQuery(null, null, PageSize, CursorId, CursorTs));

    public static string AuditUrl(PageCursor after) =>
        $"/console/audit?cursorID={after.Id}&cursorTS={Uri.EscapeDataString(Rfc3339.Format(after.Timestamp))}";
}
