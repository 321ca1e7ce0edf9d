using Logtrail.Application.Audit;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects;
using MediatR;

namespace Logtrail.Application.Activity.Commands.ClearAction;

/// <summary>
/// Puts an action back to not public, no template, no description (<c>DELETE /projects/{id}/actions/{action}</c>);
/// idempotent, like the state it asks for.
/// </summary>
[RequiresAdminToken]
public sealed record ClearActionCommand(Guid ProjectId, string Action) : IRequest<Unit>, IAuditedAdminAction<Unit>
{
    public AdminAuditEvent Audit(Unit response) => new("action.cleared", $"project:{ProjectId}/action:{Action}");
}

public sealed class ClearActionCommandHandler(IProjectRepository projects, IActionCatalog catalog) : IRequestHandler<ClearActionCommand, Unit>
{
    public async Task<Unit> Handle(ClearActionCommand request, CancellationToken cancellationToken)
    {
        await projects.GetRequiredAsync(request.ProjectId, cancellationToken);
        await catalog.ClearAsync(request.ProjectId, request.Action, cancellationToken);
        return Unit.Value;
    }
}
