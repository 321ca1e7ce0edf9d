using Dapper;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Writes logs, their usage count and any idempotency record in one transaction: a single log with INSERT, a batch
/// with binary COPY.
/// Usage goes to one of <see cref="UsageStripes"/> counter rows picked at random, so concurrent writers rarely
/// wait on the same row.
/// </summary>
public sealed class LogWriter(NpgsqlDataSource dataSource) : ILogWriter
{
    public const int UsageStripes = 16;

    private const string Columns =
        "project_id, environment, server_timestamp, id, client_timestamp, level, action, message, tags, actor, target, context, metadata, is_public, api_key_id";

    public async Task<WriteOutcome> WriteAsync(IReadOnlyList<LogEntry> entries, IdempotentWrite? idempotency, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return WriteOutcome.Written;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (idempotency is not null
            && await IdempotencyRecords.CheckAsync(connection, transaction, entries[0], idempotency.Request, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        if (entries.Count == 1)
        {
            await InsertAsync(connection, transaction, entries[0], cancellationToken);
        }
        else
        {
            await CopyAsync(connection, entries, cancellationToken);
        }

        await CountUsageAsync(connection, transaction, entries, cancellationToken);
        if (idempotency is not null)
        {
            await IdempotencyRecords.RememberAsync(connection, transaction, entries[0], idempotency, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return WriteOutcome.Written;
    }

    private static Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, LogEntry entry, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO logs ({Columns})
            VALUES (@ProjectId, @Environment, @ServerTimestamp, @Id, @ClientTimestamp, @Level, @Action, @Message, @Tags,
                    @Actor::jsonb, @Target::jsonb, @Context::jsonb, @Metadata::jsonb, @IsPublic, @ApiKeyId)
            """,
            new
            {
                entry.ProjectId,
                Environment = entry.Environment.ToWireName(),
                entry.ServerTimestamp,
                entry.Id,
                entry.ClientTimestamp,
                Level = (short)entry.Level,
                entry.Action,
                entry.Message,
                Tags = entry.Tags.ToArray(),
                entry.Actor,
                entry.Target,
                entry.Context,
                entry.Metadata,
                entry.IsPublic,
                entry.ApiKeyId,
            },
            transaction,
            cancellationToken: cancellationToken));

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY logs ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var entry in entries)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(entry.ProjectId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(entry.Environment.ToWireName(), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(entry.ServerTimestamp, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(entry.Id, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(entry.ClientTimestamp, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync((short)entry.Level, NpgsqlDbType.Smallint, cancellationToken);
            await importer.WriteAsync(entry.Action, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteNullableAsync(entry.Message, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(entry.Tags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await importer.WriteNullableAsync(entry.Actor, NpgsqlDbType.Jsonb, cancellationToken);
            await importer.WriteNullableAsync(entry.Target, NpgsqlDbType.Jsonb, cancellationToken);
            await importer.WriteNullableAsync(entry.Context, NpgsqlDbType.Jsonb, cancellationToken);
            await importer.WriteNullableAsync(entry.Metadata, NpgsqlDbType.Jsonb, cancellationToken);
            if (entry.IsPublic is { } isPublic)
            {
                await importer.WriteAsync(isPublic, NpgsqlDbType.Boolean, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await importer.WriteAsync(entry.ApiKeyId, NpgsqlDbType.Uuid, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>One counter increment per project, environment and UTC day among <paramref name="entries"/>.</summary>
    private static Task CountUsageAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        var groups = entries
            .GroupBy(entry => (entry.ProjectId, Environment: entry.Environment.ToWireName(), Day: DateOnly.FromDateTime(entry.ServerTimestamp.UtcDateTime)))
            .ToArray();
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO usage_counters (project_id, environment, day, stripe, ingested)
            SELECT project_id, environment, day, @stripe, ingested
            FROM unnest(@projectIds, @environments, @days, @counts) AS u(project_id, environment, day, ingested)
            ON CONFLICT (project_id, environment, day, stripe)
            DO UPDATE SET ingested = usage_counters.ingested + EXCLUDED.ingested
            """,
            new
            {
                stripe = (short)Random.Shared.Next(UsageStripes),
                projectIds = groups.Select(group => group.Key.ProjectId).ToArray(),
                environments = groups.Select(group => group.Key.Environment).ToArray(),
                days = groups.Select(group => group.Key.Day).ToArray(),
                counts = groups.Select(group => (long)group.Count()).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
