using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Activity.Queries.ListActions;

/// <summary>The project's action catalog, all environments or one (<c>GET /projects/{id}/actions</c>).</summary>
[RequiresAdminToken]
public sealed record ListActionsQuery(Guid ProjectId, string? Environment) : IRequest<IReadOnlyList<ActionCatalogEntry>>;

public sealed class ListActionsQueryHandler(IProjectRepository projects, IActionCatalog catalog)
    : IRequestHandler<ListActionsQuery, IReadOnlyList<ActionCatalogEntry>>
{
    public async Task<IReadOnlyList<ActionCatalogEntry>> Handle(ListActionsQuery request, CancellationToken cancellationToken)
    {
        await projects.GetRequiredAsync(request.ProjectId, cancellationToken);
        var environment = request.Environment is null ? (DeploymentEnvironment?)null : DeploymentEnvironments.Parse(request.Environment);
        return await catalog.ListAsync(request.ProjectId, environment, cancellationToken);
    }
}
