using Dapper;
using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// <c>idempotency_records</c>, read and written through its primary key. A claim takes a transaction-scoped advisory
/// lock on the key, which tells a concurrent duplicate that the first request is still running.
/// </summary>
public sealed class IdempotencyStore(NpgsqlDataSource dataSource) : IIdempotencyStore
{
    /// <summary>Queued with the write transaction's commit, like the logs it answers for.</summary>
    private const string Remember =
        """
        INSERT INTO idempotency_records (project_id, environment, idempotency_key, request_hash, response, created_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (project_id, environment, idempotency_key)
        DO UPDATE SET request_hash = EXCLUDED.request_hash, response = EXCLUDED.response, created_at = EXCLUDED.created_at
        """;

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

    public async Task<IdempotencyClaim> ClaimAsync(
        IWriteTransaction transaction, Guid projectId, DeploymentEnvironment environment, IdempotencyRequest request, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var write = WriteTransaction.Of(transaction);
        var scope = new
        {
            ProjectId = projectId,
            Environment = environment.ToWireName(),
            request.Key,
            LockKey = $"{projectId}:{environment.ToWireName()}:{request.Key}",
            NotBefore = now - IdempotencyRequest.Lifetime,
        };
        if (!await write.Connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT pg_try_advisory_xact_lock(hashtextextended(@LockKey, 0))", scope, write.Transaction, cancellationToken: cancellationToken)))
        {
            return IdempotencyClaim.InProgress;
        }

        var earlier = await write.Connection.QuerySingleOrDefaultAsync<IdempotencyRow>(new CommandDefinition(
            """
            SELECT request_hash, response FROM idempotency_records
            WHERE project_id = @ProjectId AND environment = @Environment AND idempotency_key = @Key AND created_at >= @NotBefore
            """,
            scope,
            write.Transaction,
            cancellationToken: cancellationToken));
        return earlier switch
        {
            null => IdempotencyClaim.Granted,
            _ when SecretHash.Matches(earlier.RequestHash, request.BodyHash) => new IdempotencyClaim.ReplayClaim(earlier.Response),
            _ => IdempotencyClaim.KeyReused,
        };
    }

    public Task RememberAsync(
        IWriteTransaction transaction, Guid projectId, DeploymentEnvironment environment, IdempotencyRequest request, string response,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        WriteTransaction.Of(transaction).Queue(new NpgsqlBatchCommand(Remember)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { NpgsqlDbType = NpgsqlDbType.Uuid, TypedValue = projectId },
                new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = environment.ToWireName() },
                new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = request.Key },
                new NpgsqlParameter<byte[]> { NpgsqlDbType = NpgsqlDbType.Bytea, TypedValue = request.BodyHash },
                new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = response },
                new NpgsqlParameter<DateTimeOffset> { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = now },
            },
        });
        return Task.CompletedTask;
    }

    private sealed class IdempotencyRow
    {
        public byte[] RequestHash { get; init; } = [];

        public string Response { get; init; } = "";
    }

    public Task<long> DeleteRememberedBeforeAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken) =>
        BatchedDeletion.RunAsync(
            dataSource,
            """
            WITH expired AS (
                SELECT project_id, environment, idempotency_key FROM idempotency_records WHERE created_at < @cutoff LIMIT @batchSize)
            DELETE FROM idempotency_records USING expired
            WHERE idempotency_records.project_id = expired.project_id AND idempotency_records.environment = expired.environment
              AND idempotency_records.idempotency_key = expired.idempotency_key
            """,
            new { cutoff },
            batchSize,
            cancellationToken);
}
