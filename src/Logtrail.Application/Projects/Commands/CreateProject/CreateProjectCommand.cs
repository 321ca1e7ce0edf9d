using Logtrail.Application.Audit;
using AutoMapper;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Organizations;
using Logtrail.Domain.Common;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Projects.Commands.CreateProject;

/// <summary>Creates a project (workspace) in an organization, on a plan.</summary>
[RequiresAdminToken]
public sealed record CreateProjectCommand(Guid? OrganizationId, string? Name, string? PlanCode) : IRequest<ProjectDto>, IAuditedAdminAction<ProjectDto>
{
    public AdminAuditEvent Audit(ProjectDto response) =>
        new("project.created", $"project:{response.Id}", new Dictionary<string, object?> { ["plan_code"] = response.PlanCode });
}

public sealed class CreateProjectCommandHandler(
    IOrganizationRepository organizations, IProjectRepository projects, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateProjectCommand, ProjectDto>
{
    public async Task<ProjectDto> Handle(CreateProjectCommand request, CancellationToken cancellationToken)
    {
        var organizationId = request.OrganizationId!.Value;
        if (!await organizations.ExistsAsync(organizationId, cancellationToken))
        {
            throw new ValidationFailedException("organization_id", $"Organization '{organizationId}' does not exist.");
        }

        var project = new Project(Guid.CreateVersion7(), organizationId, request.Name!, request.PlanCode!, clock.UtcNowMicroseconds());
        await projects.AddAsync(project, cancellationToken);
        return mapper.Map<ProjectDto>(project);
    }
}
