using AutoMapper;
using Logtrail.Application.Common.Security;
using MediatR;

namespace Logtrail.Application.Organizations.Queries.ListOrganizations;

[RequiresAdminToken]
public sealed record ListOrganizationsQuery : IRequest<IReadOnlyList<OrganizationDto>>;

public sealed class ListOrganizationsQueryHandler(IOrganizationRepository organizations, IMapper mapper)
    : IRequestHandler<ListOrganizationsQuery, IReadOnlyList<OrganizationDto>>
{
    public async Task<IReadOnlyList<OrganizationDto>> Handle(ListOrganizationsQuery request, CancellationToken cancellationToken) =>
        mapper.Map<IReadOnlyList<OrganizationDto>>(await organizations.ListAsync(cancellationToken));
}
