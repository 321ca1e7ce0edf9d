using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Organizations;

public interface IOrganizationRepository
{
    Task AddAsync(Organization organization, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(Guid organizationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Organization>> ListAsync(CancellationToken cancellationToken);
}
