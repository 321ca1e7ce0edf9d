using Dapper;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// SQL on <c>idempotency_records</c>, run inside the ingest transaction. A transaction-scoped advisory lock on the
/// key tells a concurrent duplicate that the first request is still running; the record is written with the logs,
/// so a crash or a failure leaves nothing remembered and the request may be retried.
/// </summary>
public static class IdempotencyRecords
{
    /// <summary>Null when this request may proceed; otherwise what to answer instead.</summary>
    public static async Task<WriteOutcome?> CheckAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LogEntry sample, IdempotencyRequest request, CancellationToken cancellationToken)
    {
        var scope = new
        {
            ProjectId = sample.ProjectId,
            Environment = sample.Environment.ToWireName(),
            Key = request.Key,
            LockKey = $"{sample.ProjectId}:{sample.Environment.ToWireName()}:{request.Key}",
            NotBefore = sample.ServerTimestamp - IdempotencyRequest.Lifetime,
        };
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT pg_try_advisory_xact_lock(hashtextextended(@LockKey, 0))", scope, transaction, cancellationToken: cancellationToken)))
        {
            return WriteOutcome.InProgress;
        }

        var earlier = await connection.QuerySingleOrDefaultAsync<IdempotencyRow>(new CommandDefinition(
            """
            SELECT request_hash, response FROM idempotency_records
            WHERE project_id = @ProjectId AND environment = @Environment AND idempotency_key = @Key AND created_at >= @NotBefore
            """,
            scope,
            transaction,
            cancellationToken: cancellationToken));
        return earlier switch
        {
            null => null,
            _ when SecretHash.Matches(earlier.RequestHash, request.BodyHash) => new WriteOutcome.ReplayOutcome(earlier.Response),
            _ => WriteOutcome.KeyReused,
        };
    }

    /// <summary>Remembers the response; replaces a record of the same key older than the lifetime.</summary>
    public static Task RememberAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LogEntry sample, IdempotentWrite write, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO idempotency_records (project_id, environment, idempotency_key, request_hash, response, created_at)
            VALUES (@ProjectId, @Environment, @Key, @Hash, @Response, @CreatedAt)
            ON CONFLICT (project_id, environment, idempotency_key)
            DO UPDATE SET request_hash = EXCLUDED.request_hash, response = EXCLUDED.response, created_at = EXCLUDED.created_at
            """,
            new
            {
                sample.ProjectId,
                Environment = sample.Environment.ToWireName(),
                write.Request.Key,
                Hash = write.Request.BodyHash,
                write.Response,
                CreatedAt = sample.ServerTimestamp,
            },
            transaction,
            cancellationToken: cancellationToken));

    private sealed class IdempotencyRow
    {
        public byte[] RequestHash { get; init; } = [];

        public string Response { get; init; } = "";
    }
}
