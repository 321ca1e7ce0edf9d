using Logtrail.Application.Common.Security;
using Logtrail.Application.Projects;
using Logtrail.Application.Projects.Queries.GetProject;
using Logtrail.Domain.Tenancy;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console;

/// <summary>
/// A page about one project and one of its environments (<c>/console/projects/{projectId}/…?environment=</c>,
/// production unless named). Its reads of logs run as the operator naming that project and environment.
/// </summary>
public abstract class ProjectPageModel(IMediator mediator) : ConsolePageModel(mediator)
{
    [FromRoute]
    public Guid ProjectId { get; set; }

    [FromQuery(Name = "environment")]
    public string? EnvironmentName { get; set; }

    public ProjectDto? Project { get; private set; }

    public DeploymentEnvironment Environment { get; protected set; } = DeploymentEnvironment.Production;

    public string EnvironmentWireName => Environment.ToWireName();

    /// <summary>Loads the project and reads the environment; false (with a problem shown) when either is unknown.</summary>
    protected async Task<bool> LoadProjectAsync()
    {
        if (EnvironmentName is { Length: > 0 } && !DeploymentEnvironments.TryParse(EnvironmentName, out _))
        {
            SetProblem(new ConsoleProblem(StatusCodes.Status400BadRequest, $"'{EnvironmentName}' is not an environment.", [], null));
            return false;
        }

        Environment = DeploymentEnvironments.TryParse(EnvironmentName, out var environment) ? environment.Value : DeploymentEnvironment.Production;
        Project = await SendAsync(new GetProjectQuery(ProjectId));
        return Project is not null;
    }

    /// <summary>From here on, reads of logs on this request are the operator's, confined to this project and environment.</summary>
    protected void ReadAsOperator() =>
        HttpContext.Features.Set(new ReadScope(Project!.Id, Environment, Project.PlanCode));

    /// <summary>A console URL of this project's page <paramref name="page"/> (e.g. <c>keys</c>) in this environment.</summary>
    public string ProjectUrl(string page, DeploymentEnvironment? environment = null) =>
        $"/console/projects/{ProjectId}/{page}?environment={(environment ?? Environment).ToWireName()}";
}
