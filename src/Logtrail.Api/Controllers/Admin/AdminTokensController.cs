using Logtrail.Api.Requests;
using Logtrail.Application.AdminTokens;
using Logtrail.Application.AdminTokens.Commands.CreateAdminToken;
using Logtrail.Application.AdminTokens.Commands.RevokeAdminToken;
using Logtrail.Application.AdminTokens.Commands.RotateAdminToken;
using Logtrail.Application.AdminTokens.Queries.ListAdminTokens;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Logtrail.Api.Controllers.Admin;

/// <summary>The operator's own tokens for this API: create, list, revoke, rotate.</summary>
public sealed class AdminTokensController(IMediator mediator) : AdminControllerBase
{
    /// <summary>Creates an admin token; the response is the only place the token ever appears.</summary>
    [HttpPost("tokens")]
    [ProducesResponseType<CreatedAdminTokenDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(CreateAdminTokenRequest request, CancellationToken cancellationToken) =>
        Created(await mediator.Send(new CreateAdminTokenCommand(request.Name, request.ExpiresAt), cancellationToken));

    [HttpGet("tokens")]
    public Task<IReadOnlyList<AdminTokenDto>> List(CancellationToken cancellationToken) =>
        mediator.Send(new ListAdminTokensQuery(), cancellationToken);

    /// <summary>Revokes a token; 409 LAST_ADMIN_TOKEN when it is the last active one.</summary>
    [HttpPost("tokens/{tokenId:guid}/revoke")]
    public Task<AdminTokenDto> Revoke(Guid tokenId, CancellationToken cancellationToken) =>
        mediator.Send(new RevokeAdminTokenCommand(tokenId), cancellationToken);

    [HttpPost("tokens/{tokenId:guid}/rotate")]
    [ProducesResponseType<CreatedAdminTokenDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Rotate(
        Guid tokenId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RotateAdminTokenRequest? request, CancellationToken cancellationToken) =>
        Created(await mediator.Send(new RotateAdminTokenCommand(tokenId, request?.GracePeriodSeconds), cancellationToken));
}
