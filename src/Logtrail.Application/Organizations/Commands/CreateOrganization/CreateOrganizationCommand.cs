using Logtrail.Application.Audit;
using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using Logtrail.Domain.Tenancy;
using MediatR;

namespace Logtrail.Application.Organizations.Commands.CreateOrganization;

[RequiresAdminToken]
public sealed record CreateOrganizationCommand(string? Name) : IRequest<OrganizationDto>, IAuditedAdminAction<OrganizationDto>
{
    public AdminAuditEvent Audit(OrganizationDto response) => new("organization.created", $"organization:{response.Id}");
}

public sealed class CreateOrganizationCommandHandler(IOrganizationRepository organizations, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateOrganizationCommand, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(CreateOrganizationCommand request, CancellationToken cancellationToken)
    {
        var organization = new Organization(Guid.CreateVersion7(), request.Name!, clock.UtcNowMicroseconds());
        await organizations.AddAsync(organization, cancellationToken);
        return mapper.Map<OrganizationDto>(organization);
    }
}
