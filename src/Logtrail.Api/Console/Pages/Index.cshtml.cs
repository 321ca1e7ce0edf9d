using Logtrail.Application.Organizations;
using Logtrail.Application.Organizations.Commands.CreateOrganization;
using Logtrail.Application.Organizations.Queries.ListOrganizations;
using Logtrail.Application.Projects;
using Logtrail.Application.Projects.Commands.CreateProject;
using Logtrail.Application.Projects.Commands.UpdateProject;
using Logtrail.Application.Projects.Queries.ListProjects;
using Logtrail.Domain.Plans;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages;

/// <summary>Organizations and their projects: create either, rename a project or change its plan.</summary>
public sealed class IndexModel(IMediator mediator, PlanCatalog plans) : ConsolePageModel(mediator)
{
    public IReadOnlyList<OrganizationDto> Organizations { get; private set; } = [];

    public IReadOnlyList<ProjectDto> Projects { get; private set; } = [];

    public IEnumerable<Plan> Plans => plans.Plans.OrderBy(plan => plan.LogsPerMonth ?? long.MaxValue);

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateOrganizationAsync([FromForm] string? name) =>
        await SendAsync(new CreateOrganizationCommand(name)) is null ? await PageWithListsAsync() : RedirectToPage();

    public async Task<IActionResult> OnPostCreateProjectAsync([FromForm] Guid? organizationId, [FromForm] string? name, [FromForm] string? planCode) =>
        await SendAsync(new CreateProjectCommand(organizationId, name, planCode)) is { } project
            ? LocalRedirect($"/console/projects/{project.Id}/keys")
            : await PageWithListsAsync();

    public async Task<IActionResult> OnPostUpdateProjectAsync([FromForm] Guid projectId, [FromForm] string? name, [FromForm] string? planCode) =>
        await SendAsync(new UpdateProjectCommand(projectId, name, planCode)) is null ? await PageWithListsAsync() : RedirectToPage();

    private async Task<IActionResult> PageWithListsAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Organizations = await SendAsync(new ListOrganizationsQuery()) ?? [];
        Projects = await SendAsync(new ListProjectsQuery(null)) ?? [];
    }
}
