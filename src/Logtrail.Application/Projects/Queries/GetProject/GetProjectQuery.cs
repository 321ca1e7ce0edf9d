using AutoMapper;
using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.Projects.Queries.GetProject;

[RequiresAdminToken]
public sealed record GetProjectQuery(Guid ProjectId) : IRequest<ProjectDto>;

public sealed class GetProjectQueryHandler(IProjectRepository projects, IMapper mapper) : IRequestHandler<GetProjectQuery, ProjectDto>
{
    public async Task<ProjectDto> Handle(GetProjectQuery request, CancellationToken cancellationToken) =>
        mapper.Map<ProjectDto>(await projects.GetRequiredAsync(request.ProjectId, cancellationToken));
}
