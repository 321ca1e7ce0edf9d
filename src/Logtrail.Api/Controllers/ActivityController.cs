using Logtrail.Api.Authentication;
using Logtrail.Api.Http;
using Logtrail.Api.Requests;
using Logtrail.Application.Activity;
using Logtrail.Application.Activity.Queries.GetActivity;
using Logtrail.Application.Activity.ViewerTokens.Commands.CreateViewerToken;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Controllers;

/// <summary>Rendered public activity for end users' feeds, and the viewer tokens that let browsers read it.</summary>
[ApiController]
[Route("api/v1/workspace/activity")]
[Authorize(AuthenticationSchemes = AuthenticationSchemes.ApiKey)]
[Produces("application/json")]
public sealed class ActivityController(IMediator mediator) : ControllerBase
{
    /// <summary>Public logs rendered as text, newest first; <c>Link: rel="next"</c> when more exist.</summary>
    [HttpGet]
    public async Task<IReadOnlyList<ActivityItemDto>> List(
        [FromQuery(Name = "actor_id")] string? actorId,
        [FromQuery(Name = "target_id")] string? targetId,
        [FromQuery] string? action,
        [FromQuery] PageParameters page,
        CancellationToken cancellationToken) =>
        NextPageLink.Add(
            HttpContext,
            await mediator.Send(
                new GetActivityQuery(actorId, targetId, action, page.From, page.To, page.PageSize, page.CursorId, page.CursorTs), cancellationToken));

    /// <summary>Mints a short-lived viewer token that lets a browser read one actor's or target's public activity.</summary>
    [HttpPost("tokens")]
    [ProducesResponseType<ViewerTokenDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> CreateToken(CreateViewerTokenRequest request, CancellationToken cancellationToken) =>
        StatusCode(
            StatusCodes.Status201Created,
            await mediator.Send(new CreateViewerTokenCommand(request.ActorId, request.TargetId, request.TtlSeconds), cancellationToken));
}
