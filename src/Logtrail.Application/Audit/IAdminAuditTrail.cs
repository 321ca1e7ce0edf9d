using Logtrail.Application.Common.Paging;

namespace Logtrail.Application.Audit;

/// <summary>The admin audit trail: appended to after every admin action, read newest first.</summary>
public interface IAdminAuditTrail
{
    Task RecordAsync(AdminAuditEntry entry, CancellationToken cancellationToken);

    Task<Page<AdminAuditEntry>> ReadAsync(TimeWindow window, CancellationToken cancellationToken);
}
