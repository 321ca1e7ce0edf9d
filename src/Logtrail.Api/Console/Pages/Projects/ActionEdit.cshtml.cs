using Logtrail.Application.Activity;
using Logtrail.Application.Activity.Commands.SaveAction;
using Logtrail.Application.Activity.Queries.ListActions;
using Logtrail.Application.Activity.Queries.PreviewTemplate;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Console.Pages.Projects;

/// <summary>
/// One action: its public flag, description and template, with a preview of the template (saved or being edited)
/// on the latest real logs of the action in the chosen environment.
/// </summary>
public sealed class ActionEditModel(IMediator mediator) : ProjectPageModel(mediator)
{
    [FromQuery(Name = "action")]
    public string ActionName { get; set; } = "";

    public bool IsPublic { get; private set; }

    public string? Template { get; private set; }

    public string? Description { get; private set; }

    public IReadOnlyList<TemplatePreviewDto>? Preview { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync([FromQuery] bool saved = false)
    {
        if (await LoadAsync())
        {
            Saved = saved;
            Preview = await SendAsync(new PreviewTemplateQuery(ProjectId, ActionName, null, EnvironmentWireName, null));
        }
    }

    public async Task<IActionResult> OnPostPreviewAsync([FromForm] bool isPublic, [FromForm] string? template, [FromForm] string? description)
    {
        if (await LoadAsync())
        {
            (IsPublic, Template, Description) = (isPublic, NullIfBlank(template), NullIfBlank(description));
            Preview = await SendAsync(new PreviewTemplateQuery(ProjectId, ActionName, Template, EnvironmentWireName, null));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm] bool isPublic, [FromForm] string? template, [FromForm] string? description)
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        (IsPublic, Template, Description) = (isPublic, NullIfBlank(template), NullIfBlank(description));
        if (await SendAsync(new SaveActionCommand(ProjectId, ActionName, IsPublic, Template, Description)) is null)
        {
            return Page();
        }

        return LocalRedirect($"{PageUrl()}&saved=true");
    }

    /// <summary>This page's URL for this action and environment, with a form handler when one is named.</summary>
    public string PageUrl(string? handler = null) =>
        $"{ProjectUrl("actions/edit")}&action={Uri.EscapeDataString(ActionName)}{(handler is null ? "" : $"&handler={handler}")}";

    private async Task<bool> LoadAsync()
    {
        if (!await LoadProjectAsync())
        {
            return false;
        }

        var entries = await SendAsync(new ListActionsQuery(ProjectId, null));
        if (entries?.FirstOrDefault(entry => entry.Action == ActionName) is { } entry)
        {
            (IsPublic, Template, Description) = (entry.IsPublic, entry.Template, entry.Description);
        }

        return entries is not null;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
