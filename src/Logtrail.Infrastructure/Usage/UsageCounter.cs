using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Storage;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Usage;

/// <summary>
/// Adds ingested logs to <c>usage_counters</c>: one increment per project, environment and UTC day of the entries,
/// on one of <see cref="Stripes"/> counter rows picked at random, so concurrent writers rarely wait on the same row.
/// The upsert is queued to run with the transaction's commit.
/// </summary>
public sealed class UsageCounter : IUsageCounter
{
    public const int Stripes = 16;

    private const string Increment =
        """
        INSERT INTO usage_counters (project_id, environment, day, stripe, ingested)
        SELECT project_id, environment, day, $1, ingested
        FROM unnest($2, $3, $4, $5) AS u(project_id, environment, day, ingested)
        ON CONFLICT (project_id, environment, day, stripe)
        DO UPDATE SET ingested = usage_counters.ingested + EXCLUDED.ingested
        """;

    public Task CountAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count > 0)
        {
            var groups = entries
                .GroupBy(entry => (entry.ProjectId, Environment: entry.Environment.ToWireName(), Day: DateOnly.FromDateTime(entry.ServerTimestamp.UtcDateTime)))
                .ToArray();
            WriteTransaction.Of(transaction).Queue(new NpgsqlBatchCommand(Increment)
            {
                Parameters =
                {
                    new NpgsqlParameter<short> { NpgsqlDbType = NpgsqlDbType.Smallint, TypedValue = (short)Random.Shared.Next(Stripes) },
                    new NpgsqlParameter<Guid[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, TypedValue = [.. groups.Select(group => group.Key.ProjectId)] },
                    new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = [.. groups.Select(group => group.Key.Environment)] },
                    new NpgsqlParameter<DateOnly[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, TypedValue = [.. groups.Select(group => group.Key.Day)] },
                    new NpgsqlParameter<long[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, TypedValue = [.. groups.Select(group => (long)group.Count())] },
                },
            });
        }

        return Task.CompletedTask;
    }
}
