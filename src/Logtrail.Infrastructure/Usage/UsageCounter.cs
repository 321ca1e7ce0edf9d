using Dapper;
using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Storage;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence;

namespace Logtrail.Infrastructure.Usage;

/// <summary>
/// Adds ingested logs to <c>usage_counters</c>: one increment per project, environment and UTC day of the entries,
/// on one of <see cref="Stripes"/> counter rows picked at random, so concurrent writers rarely wait on the same row.
/// </summary>
public sealed class UsageCounter : IUsageCounter
{
    public const int Stripes = 16;

    public Task CountAsync(IWriteTransaction transaction, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var write = WriteTransaction.Of(transaction);
        var groups = entries
            .GroupBy(entry => (entry.ProjectId, Environment: entry.Environment.ToWireName(), Day: DateOnly.FromDateTime(entry.ServerTimestamp.UtcDateTime)))
            .ToArray();
        return write.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO usage_counters (project_id, environment, day, stripe, ingested)
            SELECT project_id, environment, day, @stripe, ingested
            FROM unnest(@projectIds, @environments, @days, @counts) AS u(project_id, environment, day, ingested)
            ON CONFLICT (project_id, environment, day, stripe)
            DO UPDATE SET ingested = usage_counters.ingested + EXCLUDED.ingested
            """,
            new
            {
                stripe = (short)Random.Shared.Next(Stripes),
                projectIds = groups.Select(group => group.Key.ProjectId).ToArray(),
                environments = groups.Select(group => group.Key.Environment).ToArray(),
                days = groups.Select(group => group.Key.Day).ToArray(),
                counts = groups.Select(group => (long)group.Count()).ToArray(),
            },
            write.Transaction,
            cancellationToken: cancellationToken));
    }
}
