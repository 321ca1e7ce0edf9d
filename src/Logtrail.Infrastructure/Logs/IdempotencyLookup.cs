using Dapper;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Domain.Tenancy;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>Reads <c>idempotency_records</c> through its primary key.</summary>
public sealed class IdempotencyLookup(NpgsqlDataSource dataSource) : IIdempotencyLookup
{
    public async Task<bool> IsRememberedAsync(
        Guid projectId, DeploymentEnvironment environment, string key, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            SELECT EXISTS (SELECT 1 FROM idempotency_records
                           WHERE project_id = @projectId AND environment = @environment::environment_name
                             AND idempotency_key = @key AND created_at >= @notBefore)
            """,
            new { projectId, environment = environment.ToWireName(), key, notBefore },
            cancellationToken: cancellationToken));
    }
}
