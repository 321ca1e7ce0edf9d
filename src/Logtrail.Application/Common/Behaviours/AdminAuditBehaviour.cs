using Logtrail.Application.Audit;
using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.Common.Behaviours;

/// <summary>
/// Innermost: once an audited admin request (<see cref="IAuditedAdminAction{TResponse}"/>) has succeeded, records it in
/// the audit trail — once, with who acted, the client address and the time — inside the command's transaction
/// (<see cref="UnitOfWorkBehaviour{TRequest,TResponse}"/>), so a change is never without its audit row.
/// </summary>
public sealed class AdminAuditBehaviour<TRequest, TResponse>(ICallerContext caller, IAdminAuditTrail trail, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is IAuditedAdminAction<TResponse> audited ? HandleThenRecordAsync(audited, next) : next();

    private async Task<TResponse> HandleThenRecordAsync(IAuditedAdminAction<TResponse> audited, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        await trail.RecordAsync(
            AdminAuditEntry.Of(caller.RequireAdminActor(), audited.Audit(response), caller.ClientAddress, clock.GetUtcNow()),
            CancellationToken.None);
        return response;
    }
}
