using Logtrail.Api.Authentication;
using Logtrail.Application.Usage.Queries.GetUsage;
using Logtrail.Application.Workspace.Queries.GetWorkspaceInfo;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Controllers;

/// <summary>The data API's workspace endpoints (SPEC §4).</summary>
[ApiController]
[Route("api/v1/workspace")]
[Authorize(AuthenticationSchemes = AuthenticationSchemes.ApiKey)]
[Produces("application/json")]
public sealed class WorkspaceController(IMediator mediator) : ControllerBase
{
    /// <summary>Organization, project, key, plan, usage and ingestion settings of the calling key.</summary>
    [HttpGet("info")]
    public Task<WorkspaceInfoDto> GetInfo(CancellationToken cancellationToken) =>
        mediator.Send(new GetWorkspaceInfoQuery(), cancellationToken);

    /// <summary>This month's usage of the calling key's project (needs logs:read).</summary>
    [HttpGet("usage")]
    public Task<UsageDto> GetUsage(CancellationToken cancellationToken) =>
        mediator.Send(new GetUsageQuery(), cancellationToken);
}
