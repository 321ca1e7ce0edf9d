using Logtrail.Application.Common.Paging;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs;
using MediatR;

namespace Logtrail.Application.Audit.Queries.GetAdminAudit;

/// <summary>The admin audit trail (<c>GET /audit</c>), newest first with keyset paging.</summary>
[RequiresAdminToken]
public sealed record GetAdminAuditQuery(string? From, string? To, int? PageSize, string? CursorId, string? CursorTs)
    : IRequest<Page<AdminAuditEntry>>, ILogWindow;

public sealed class GetAdminAuditQueryHandler(IAdminAuditTrail trail) : IRequestHandler<GetAdminAuditQuery, Page<AdminAuditEntry>>
{
    public Task<Page<AdminAuditEntry>> Handle(GetAdminAuditQuery request, CancellationToken cancellationToken) =>
        trail.ReadAsync(TimeWindow.Of(request), cancellationToken);
}
