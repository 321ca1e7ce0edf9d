using Logtrail.Api.Requests;
using Logtrail.Application.Organizations;
using Logtrail.Application.Organizations.Commands.CreateOrganization;
using Logtrail.Application.Organizations.Queries.ListOrganizations;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Logtrail.Api.Controllers.Admin;

public sealed class OrganizationsController(IMediator mediator) : AdminControllerBase
{
    [HttpPost("organizations")]
    [ProducesResponseType<OrganizationDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(CreateOrganizationRequest request, CancellationToken cancellationToken) =>
        Created(await mediator.Send(new CreateOrganizationCommand(request.Name), cancellationToken));

    [HttpGet("organizations")]
    public Task<IReadOnlyList<OrganizationDto>> List(CancellationToken cancellationToken) =>
        mediator.Send(new ListOrganizationsQuery(), cancellationToken);
}
