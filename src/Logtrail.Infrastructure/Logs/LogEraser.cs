using Dapper;
using Logtrail.Application.Logs.Erasure;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Deletes logs on an operator's order, each in one statement and transaction. A key's logs are found through the
/// primary key (the key's project and environment, the window) and filtered by <c>api_key_id</c>; an actor's through the
/// <c>actor</c> containment index, and its appearances as a target by scanning the project. Each also invalidates the
/// project's cached aggregates.
/// </summary>
public sealed class LogEraser(DatabaseSessions sessions) : ILogEraser
{
    public async Task<long> PurgeKeyAsync(
        Guid projectId, DeploymentEnvironment environment, Guid keyId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            Invalidating(
                """
                DELETE FROM logs
                WHERE project_id = @projectId AND environment = @environment::environment_name AND api_key_id = @keyId
                  AND (@from::timestamptz IS NULL OR server_timestamp >= @from) AND (@to::timestamptz IS NULL OR server_timestamp < @to)
                """),
            new { projectId, environment = environment.ToWireName(), keyId, from, to },
            cancellationToken: cancellationToken));
    }

    public async Task<long> EraseActorAsync(Guid projectId, DeploymentEnvironment? environment, string actorId, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            Invalidating(
                """
                DELETE FROM logs
                WHERE project_id = @projectId AND (@environment::text IS NULL OR environment = @environment::environment_name)
                  AND (actor @> jsonb_build_object('id', @actorId::text) OR target @> jsonb_build_object('id', @actorId::text))
                """),
            new { projectId, environment = environment?.ToWireName(), actorId },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// <paramref name="delete"/> and, in the same statement, the project's move to its next aggregate-cache
    /// generation (erased logs may be counted in cached splits); returns how many logs it deleted.
    /// </summary>
    private static string Invalidating(string delete) =>
        $"WITH erased AS ({delete} RETURNING 1), invalidated AS ({AggregateCache.InvalidateProject}) SELECT count(*) FROM erased";
}
