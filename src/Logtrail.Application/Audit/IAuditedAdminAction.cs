namespace Logtrail.Application.Audit;

/// <summary>
/// An admin request that changes something and so is recorded in the audit trail once it has succeeded (by
/// <see cref="Common.Behaviours.AdminAuditBehaviour{TRequest,TResponse}"/>). The event may depend on the response,
/// e.g. the id of what was created.
/// </summary>
public interface IAuditedAdminAction<in TResponse>
{
    AdminAuditEvent Audit(TResponse response);
}
