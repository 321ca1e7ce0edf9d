using Logtrail.Application.Audit;
using AutoMapper;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.Projects.Commands.UpdateProject;

/// <summary>Renames a project or changes its plan; a plan change applies from the project's next request.</summary>
[RequiresAdminToken]
public sealed record UpdateProjectCommand(Guid ProjectId, string? Name, string? PlanCode) : IRequest<ProjectDto>, IAuditedAdminAction<ProjectDto>
{
    /// <summary>A plan change is the event worth finding; a rename alone is recorded as an update.</summary>
    public AdminAuditEvent Audit(ProjectDto response) => new(
        PlanCode is null ? "project.updated" : "project.plan_changed",
        $"project:{ProjectId}",
        new Dictionary<string, object?> { ["name"] = Name, ["plan_code"] = PlanCode });
}

public sealed class UpdateProjectCommandHandler(IProjectRepository projects, IMapper mapper)
    : IRequestHandler<UpdateProjectCommand, ProjectDto>
{
    public async Task<ProjectDto> Handle(UpdateProjectCommand request, CancellationToken cancellationToken)
    {
        var updated = await projects.UpdateAsync(request.ProjectId, request.Name, request.PlanCode, cancellationToken)
            ?? throw new NotFoundException("Project");
        return mapper.Map<ProjectDto>(updated);
    }
}
