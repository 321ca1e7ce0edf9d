using Logtrail.Application.Audit;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects;
using MediatR;

namespace Logtrail.Application.Activity.Commands.SaveAction;

/// <summary>
/// Sets an action's public flag, template and description (<c>PUT /projects/{id}/actions/{action}</c>), creating the
/// catalog entry if the action was never seen. The template is checked before anything is saved.
/// </summary>
[RequiresAdminToken]
public sealed record SaveActionCommand(Guid ProjectId, string Action, bool? IsPublic, string? Template, string? Description)
    : IRequest<ActionCatalogEntry>, IAuditedAdminAction<ActionCatalogEntry>
{
    public AdminAuditEvent Audit(ActionCatalogEntry response) => new(
        "action.saved",
        $"project:{ProjectId}/action:{Action}",
        new Dictionary<string, object?> { ["is_public"] = IsPublic, ["template"] = Template, ["description"] = Description });
}

public sealed class SaveActionCommandHandler(IProjectRepository projects, IActionCatalog catalog, TimeProvider clock)
    : IRequestHandler<SaveActionCommand, ActionCatalogEntry>
{
    public async Task<ActionCatalogEntry> Handle(SaveActionCommand request, CancellationToken cancellationToken)
    {
        await projects.GetRequiredAsync(request.ProjectId, cancellationToken);
        var settings = new ActionSettings(request.Action, request.IsPublic!.Value, request.Template, request.Description);
        return await catalog.SaveAsync(request.ProjectId, settings, clock.GetUtcNow(), cancellationToken);
    }
}
