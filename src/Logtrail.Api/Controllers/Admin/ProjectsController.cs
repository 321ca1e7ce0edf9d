using Logtrail.Application.Projects.Commands.SetCorsOrigins;
using Logtrail.Application.Projects.CorsOrigins;
using Logtrail.Application.Projects.Queries.GetCorsOrigins;
using Logtrail.Api.Requests;
using Logtrail.Application.Projects;
using Logtrail.Application.Logs.Erasure;
using Logtrail.Application.Projects.Commands.CreateProject;
using Logtrail.Application.Projects.Commands.DeleteProject;
using Logtrail.Application.Projects.Commands.EraseActorLogs;
using Logtrail.Application.Projects.Commands.UpdateProject;
using Logtrail.Application.Projects.Queries.GetProject;
using Logtrail.Application.Projects.Queries.ListProjects;
using Logtrail.Application.Usage.Queries.GetProjectUsage;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Controllers.Admin;

public sealed class ProjectsController(IMediator mediator) : AdminControllerBase
{
    [HttpPost("projects")]
    [ProducesResponseType<ProjectDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(CreateProjectRequest request, CancellationToken cancellationToken)
    {
        var project = await mediator.Send(new CreateProjectCommand(request.OrganizationId, request.Name, request.PlanCode), cancellationToken);
        return Created(project, $"/api/v1/admin/projects/{project.Id}");
    }

    [HttpGet("projects")]
    public Task<IReadOnlyList<ProjectDto>> List([FromQuery(Name = "organization_id")] Guid? organizationId, CancellationToken cancellationToken) =>
        mediator.Send(new ListProjectsQuery(organizationId), cancellationToken);

    [HttpGet("projects/{projectId:guid}")]
    public Task<ProjectDto> Get(Guid projectId, CancellationToken cancellationToken) =>
        mediator.Send(new GetProjectQuery(projectId), cancellationToken);

    [HttpPatch("projects/{projectId:guid}")]
    public Task<ProjectDto> Update(Guid projectId, UpdateProjectRequest request, CancellationToken cancellationToken) =>
        mediator.Send(new UpdateProjectCommand(projectId, request.Name, request.PlanCode), cancellationToken);

    /// <summary>Deletes the project, its keys and all its data (throw-away projects of test suites); audited.</summary>
    [HttpDelete("projects/{projectId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid projectId, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteProjectCommand(projectId), cancellationToken);
        return NoContent();
    }

    /// <summary>This month's usage: total, per environment and per day.</summary>
    /// <summary>The browser origins allowed to call GET /activity with the project's viewer tokens.</summary>
    [HttpGet("projects/{projectId:guid}/cors-origins")]
    public Task<CorsOriginsDto> GetCorsOrigins(Guid projectId, CancellationToken cancellationToken) =>
        mediator.Send(new GetCorsOriginsQuery(projectId), cancellationToken);

    /// <summary>Replaces the project's allowed browser origins.</summary>
    [HttpPut("projects/{projectId:guid}/cors-origins")]
    public Task<CorsOriginsDto> SetCorsOrigins(Guid projectId, SetCorsOriginsRequest request, CancellationToken cancellationToken) =>
        mediator.Send(new SetCorsOriginsCommand(projectId, request.Origins), cancellationToken);

    [HttpGet("projects/{projectId:guid}/usage")]
    public Task<ProjectUsageDto> GetUsage(Guid projectId, CancellationToken cancellationToken) =>
        mediator.Send(new GetProjectUsageQuery(projectId), cancellationToken);

    /// <summary>Data-subject erasure: deletes every log whose actor or target has this id.</summary>
    [HttpDelete("projects/{projectId:guid}/logs")]
    public Task<DeletedDto> EraseActor(
        Guid projectId, [FromQuery] string? environment, [FromQuery(Name = "actor_id")] string? actorId, CancellationToken cancellationToken) =>
        mediator.Send(new EraseActorLogsCommand(projectId, environment, actorId), cancellationToken);
}
