using Logtrail.Application.Audit;
using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.Common.Behaviours;

/// <summary>
/// Innermost: once an audited admin request (<see cref="IAuditedAdminAction{TResponse}"/>) has succeeded, records it in
/// the audit trail — once, with the admin token, the client address and the time.
/// </summary>
public sealed class AdminAuditBehaviour<TRequest, TResponse>(ICallerContext caller, IAdminAuditTrail trail, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is IAuditedAdminAction<TResponse> audited)
        {
            var happened = audited.Audit(response);
            await trail.RecordAsync(
                new AdminAuditEntry(
                    Guid.CreateVersion7(),
                    clock.GetUtcNow(),
                    caller.RequireAdminTokenId(),
                    happened.Action,
                    happened.Target,
                    caller.ClientAddress,
                    happened.Details ?? new Dictionary<string, object?>()),
                CancellationToken.None);
        }

        return response;
    }
}
