using Logtrail.Application.Audit;
using Logtrail.Application.Common.Persistence;
using MediatR;

namespace Logtrail.Application.Common.Behaviours;

/// <summary>
/// Runs every admin command (<see cref="IAuditedAdminAction{TResponse}"/>) in one transaction: its change, the audit-trail
/// row written by <see cref="AdminAuditBehaviour{TRequest,TResponse}"/> inside it and any key-change notification commit
/// together, or — when any of them fails — none of them does. Queries pass straight through.
/// </summary>
public sealed class UnitOfWorkBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is IAuditedAdminAction<TResponse>
            ? unitOfWork.ExecuteAsync(() => next(), cancellationToken)
            : next();
}
