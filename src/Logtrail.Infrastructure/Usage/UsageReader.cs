using System.Collections.Concurrent;
using Dapper;
using Logtrail.Application.Usage;
using Logtrail.Domain.Tenancy;
using Logtrail.Domain.Usage;
using Npgsql;

namespace Logtrail.Infrastructure.Usage;

/// <summary>
/// Sums a project's usage counter stripes (one row per day, environment and stripe) for a month. Remembers each figure briefly so that callers that accept a
/// little staleness (<c>GET /info</c>) do not read the database on every request; concurrent callers that find the
/// figure stale share one read.
/// </summary>
public sealed class UsageReader(NpgsqlDataSource dataSource, TimeProvider clock) : IUsageReader
{
    private readonly ConcurrentDictionary<(Guid ProjectId, DateOnly Month), RecentCount> _recent = new();

    public async Task<long> CountIngestedAsync(Guid projectId, BillingPeriod period, TimeSpan maxStaleness, CancellationToken cancellationToken)
    {
        if (maxStaleness <= TimeSpan.Zero)
        {
            return await QueryAsync(projectId, period, cancellationToken);
        }

        var slot = (projectId, period.FirstDay);
        var now = clock.GetUtcNow();
        var fresh = new RecentCount(new Lazy<Task<long>>(() => QueryAsync(projectId, period, CancellationToken.None)), now);
        var recent = _recent.AddOrUpdate(slot, fresh, (_, existing) => now - existing.ReadAt <= maxStaleness ? existing : fresh);
        try
        {
            return await recent.Count.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (recent.Count.Value.IsFaulted)
        {
            _recent.TryRemove(KeyValuePair.Create(slot, recent));
            throw;
        }
    }

    public async Task<IReadOnlyList<DailyUsage>> ReadDailyAsync(Guid projectId, BillingPeriod period, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DailyUsageRow>(new CommandDefinition(
            """
            SELECT day, environment::text AS environment, sum(ingested)::bigint AS count
            FROM usage_counters
            WHERE project_id = @projectId AND day >= @firstDay AND day < @endDay
            GROUP BY day, environment
            ORDER BY day, environment
            """,
            new { projectId, firstDay = period.FirstDay, endDay = period.EndDay },
            cancellationToken: cancellationToken));
        return rows.Select(row => new DailyUsage(row.Day, DeploymentEnvironments.Parse(row.Environment), row.Count)).ToList();
    }

    public void Clear() => _recent.Clear();

    private async Task<long> QueryAsync(Guid projectId, BillingPeriod period, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(sum(ingested), 0)::bigint FROM usage_counters WHERE project_id = @projectId AND day >= @firstDay AND day < @endDay",
            new { projectId, firstDay = period.FirstDay, endDay = period.EndDay },
            cancellationToken: cancellationToken));
    }

    private sealed record DailyUsageRow(DateOnly Day, string Environment, long Count);

    private sealed record RecentCount(Lazy<Task<long>> Count, DateTimeOffset ReadAt);
}
