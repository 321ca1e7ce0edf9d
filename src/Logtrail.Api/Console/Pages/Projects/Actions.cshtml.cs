using Logtrail.Application.Activity;
using Logtrail.Application.Activity.Queries.ListActions;
using MediatR;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>The action catalog of one environment: every action seen, its counts, public flag and template.</summary>
public sealed class ActionsModel(IMediator mediator) : ProjectPageModel(mediator)
{
    public IReadOnlyList<ActionCatalogEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (await LoadProjectAsync())
        {
            Entries = await SendAsync(new ListActionsQuery(ProjectId, EnvironmentWireName)) ?? [];
        }
    }

    public string EditUrl(string action) => $"{ProjectUrl("actions/edit")}&action={Uri.EscapeDataString(action)}";
}
