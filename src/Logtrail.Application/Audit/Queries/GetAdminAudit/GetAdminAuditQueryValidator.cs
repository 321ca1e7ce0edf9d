using FluentValidation;
using Logtrail.Application.Logs;

namespace Logtrail.Application.Audit.Queries.GetAdminAudit;

public sealed class GetAdminAuditQueryValidator : AbstractValidator<GetAdminAuditQuery>
{
    public GetAdminAuditQueryValidator()
    {
        Include(new LogWindowValidator());
    }
}
