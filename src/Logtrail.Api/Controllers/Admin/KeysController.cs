using Logtrail.Api.Http;
using Logtrail.Api.Requests;
using Logtrail.Api.Responses;
using Logtrail.Application.Keys;
using Logtrail.Application.Keys.Commands.CreateKey;
using Logtrail.Application.Keys.Commands.PurgeKeyLogs;
using Logtrail.Application.Keys.Commands.RevokeKey;
using Logtrail.Application.Keys.Commands.RotateKey;
using Logtrail.Application.Keys.Queries.GetKeyActivity;
using Logtrail.Application.Keys.Queries.ListKeys;
using Logtrail.Application.Logs.Erasure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Logtrail.Api.Controllers.Admin;

public sealed class KeysController(IMediator mediator) : AdminControllerBase
{
    /// <summary>Creates a key; the response is the only place the full key ever appears.</summary>
    [HttpPost("projects/{projectId:guid}/keys")]
    [ProducesResponseType<CreatedKeyDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(Guid projectId, CreateKeyRequest request, CancellationToken cancellationToken) =>
        Created(await mediator.Send(
            new CreateKeyCommand(projectId, request.Name, request.Environment, request.Type, request.ExpiresAt), cancellationToken));

    [HttpGet("projects/{projectId:guid}/keys")]
    public Task<IReadOnlyList<KeyDto>> List(
        Guid projectId,
        [FromQuery] string? environment,
        [FromQuery(Name = "include_revoked")] bool? includeRevoked,
        CancellationToken cancellationToken) =>
        mediator.Send(new ListKeysQuery(projectId, environment, includeRevoked ?? false), cancellationToken);

    [HttpPost("keys/{keyId:guid}/revoke")]
    public Task<KeyDto> Revoke(Guid keyId, CancellationToken cancellationToken) =>
        mediator.Send(new RevokeKeyCommand(keyId), cancellationToken);

    [HttpPost("keys/{keyId:guid}/rotate")]
    [ProducesResponseType<CreatedKeyDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Rotate(
        Guid keyId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RotateKeyRequest? request, CancellationToken cancellationToken) =>
        Created(await mediator.Send(new RotateKeyCommand(keyId, request?.GracePeriodSeconds, request?.ExpiresAt), cancellationToken));

    /// <summary>What was done with the key: a summary of the window and one page of requests, newest first.</summary>
    [HttpGet("keys/{keyId:guid}/activity")]
    public async Task<KeyActivityResponse> Activity(Guid keyId, [FromQuery] PageParameters page, CancellationToken cancellationToken)
    {
        var report = await mediator.Send(
            new GetKeyActivityQuery(keyId, page.From, page.To, page.PageSize, page.CursorId, page.CursorTs), cancellationToken);
        return new KeyActivityResponse(report.Summary, NextPageLink.Add(HttpContext, report.Events));
    }

    /// <summary>Deletes what the key ingested in <c>[from, to)</c> (server time); works for revoked keys.</summary>
    [HttpDelete("keys/{keyId:guid}/logs")]
    public Task<DeletedDto> PurgeLogs(Guid keyId, [FromQuery] string? from, [FromQuery] string? to, CancellationToken cancellationToken) =>
        mediator.Send(new PurgeKeyLogsCommand(keyId, from, to), cancellationToken);
}
