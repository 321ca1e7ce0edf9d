using AutoMapper;
using Dapper;
using Logtrail.Application.Organizations;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence.Rows;

namespace Logtrail.Infrastructure.Persistence.Repositories;

public sealed class OrganizationRepository(DatabaseSessions sessions, IMapper mapper) : IOrganizationRepository
{
    public async Task AddAsync(Organization organization, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO organizations (id, name, created_at) VALUES (@Id, @Name, @CreatedAt)",
            organization,
            cancellationToken: cancellationToken));
    }

    public async Task<bool> ExistsAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM organizations WHERE id = @organizationId)",
            new { organizationId },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Organization>> ListAsync(CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var rows = await connection.QueryAsync<OrganizationRow>(new CommandDefinition(
            "SELECT id, name, created_at FROM organizations ORDER BY created_at, id", cancellationToken: cancellationToken));
        return mapper.Map<IReadOnlyList<Organization>>(rows);
    }
}
