using Dapper;
using Logtrail.Application.Projects.CorsOrigins;
using Npgsql;

namespace Logtrail.Infrastructure.Projects;

/// <summary>Allowed browser origins in <c>projects.cors_origins</c>. Read on each browser request: changes apply at once on every instance.</summary>
public sealed class CorsOriginStore(NpgsqlDataSource dataSource) : ICorsOriginStore
{
    public async Task<IReadOnlyList<string>?> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string[]?>(new CommandDefinition(
            "SELECT cors_origins FROM projects WHERE id = @projectId", new { projectId }, cancellationToken: cancellationToken));
    }

    public async Task<bool> SetAsync(Guid projectId, IReadOnlyList<string> origins, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE projects SET cors_origins = @origins WHERE id = @projectId",
            new { projectId, origins = origins.ToArray() },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> IsAllowedAnywhereAsync(string origin, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM projects WHERE @origin = ANY(cors_origins))", new { origin }, cancellationToken: cancellationToken));
    }

    public async Task<bool> IsAllowedAsync(Guid projectId, string origin, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM projects WHERE id = @projectId AND @origin = ANY(cors_origins))",
            new { projectId, origin },
            cancellationToken: cancellationToken));
    }
}
