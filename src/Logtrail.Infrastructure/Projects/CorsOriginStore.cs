using Dapper;
using Logtrail.Application.Projects.CorsOrigins;
using Logtrail.Infrastructure.Persistence;

namespace Logtrail.Infrastructure.Projects;

/// <summary>
/// Allowed browser origins in <c>projects.cors_origins</c>, written in the admin command's unit of work (with its audit
/// row). Read on each browser request: changes apply at once on every instance.
/// </summary>
public sealed class CorsOriginStore(DatabaseSessions sessions) : ICorsOriginStore
{
    public async Task<IReadOnlyList<string>?> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        return await session.Connection.QuerySingleOrDefaultAsync<string[]?>(new CommandDefinition(
            "SELECT cors_origins FROM projects WHERE id = @projectId", new { projectId }, cancellationToken: cancellationToken));
    }

    public async Task<bool> SetAsync(Guid projectId, IReadOnlyList<string> origins, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        return await session.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE projects SET cors_origins = @origins WHERE id = @projectId",
            new { projectId, origins = origins.ToArray() },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> IsAllowedAnywhereAsync(string origin, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        return await session.Connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM projects WHERE @origin = ANY(cors_origins))", new { origin }, cancellationToken: cancellationToken));
    }

    public async Task<bool> IsAllowedAsync(Guid projectId, string origin, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        return await session.Connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM projects WHERE id = @projectId AND @origin = ANY(cors_origins))",
            new { projectId, origin },
            cancellationToken: cancellationToken));
    }
}
