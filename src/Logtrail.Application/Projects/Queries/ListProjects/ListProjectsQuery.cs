using AutoMapper;
using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.Projects.Queries.ListProjects;

/// <summary>All projects, or those of one organization.</summary>
[RequiresAdminToken]
public sealed record ListProjectsQuery(Guid? OrganizationId) : IRequest<IReadOnlyList<ProjectDto>>;

public sealed class ListProjectsQueryHandler(IProjectRepository projects, IMapper mapper)
    : IRequestHandler<ListProjectsQuery, IReadOnlyList<ProjectDto>>
{
    public async Task<IReadOnlyList<ProjectDto>> Handle(ListProjectsQuery request, CancellationToken cancellationToken) =>
        mapper.Map<IReadOnlyList<ProjectDto>>(await projects.ListAsync(request.OrganizationId, cancellationToken));
}
