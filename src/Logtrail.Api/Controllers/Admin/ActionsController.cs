using Logtrail.Api.Requests;
using Logtrail.Application.Activity;
using Logtrail.Application.Activity.Commands.ClearAction;
using Logtrail.Application.Activity.Commands.SaveAction;
using Logtrail.Application.Activity.Queries.ListActions;
using Logtrail.Application.Activity.Queries.PreviewTemplate;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Controllers.Admin;

/// <summary>The action catalog and its templates (SPEC §7, §8). The route value is <c>actionName</c>: MVC reserves <c>action</c>.</summary>
public sealed class ActionsController(IMediator mediator) : AdminControllerBase
{
    [HttpGet("projects/{projectId:guid}/actions")]
    public Task<IReadOnlyList<ActionCatalogEntry>> List(Guid projectId, [FromQuery] string? environment, CancellationToken cancellationToken) =>
        mediator.Send(new ListActionsQuery(projectId, environment), cancellationToken);

    /// <summary>Sets the action's public flag, template and description; the entry is summed over environments.</summary>
    [HttpPut("projects/{projectId:guid}/actions/{actionName}")]
    public Task<ActionCatalogEntry> Save(Guid projectId, string actionName, SaveActionRequest request, CancellationToken cancellationToken) =>
        mediator.Send(new SaveActionCommand(projectId, actionName, request.IsPublic, request.Template, request.Description), cancellationToken);

    [HttpDelete("projects/{projectId:guid}/actions/{actionName}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Clear(Guid projectId, string actionName, CancellationToken cancellationToken)
    {
        await mediator.Send(new ClearActionCommand(projectId, actionName), cancellationToken);
        return NoContent();
    }

    [HttpPost("projects/{projectId:guid}/actions/{actionName}/preview")]
    public Task<IReadOnlyList<TemplatePreviewDto>> Preview(
        Guid projectId, string actionName, PreviewTemplateRequest request, CancellationToken cancellationToken) =>
        mediator.Send(new PreviewTemplateQuery(projectId, actionName, request.Template, request.Environment, request.Limit), cancellationToken);
}
