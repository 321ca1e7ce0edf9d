using System.Collections.Concurrent;
using Dapper;
using Logtrail.Application.Usage;
using Logtrail.Domain.Usage;
using Npgsql;

namespace Logtrail.Infrastructure.Usage;

/// <summary>
/// Sums a project's usage counter stripes for a month. Remembers each figure briefly so that callers that
/// accept a little staleness (<c>GET /info</c>) do not read the database on every request.
/// </summary>
public sealed class UsageReader(NpgsqlDataSource dataSource, TimeProvider clock) : IUsageReader
{
    private readonly ConcurrentDictionary<(Guid ProjectId, DateOnly Month), (long Count, DateTimeOffset ReadAt)> _recent = new();

    public async Task<long> CountIngestedAsync(Guid projectId, BillingPeriod period, TimeSpan maxStaleness, CancellationToken cancellationToken)
    {
        var slot = (projectId, period.Month);
        var now = clock.GetUtcNow();
        if (maxStaleness > TimeSpan.Zero && _recent.TryGetValue(slot, out var recent) && now - recent.ReadAt <= maxStaleness)
        {
            return recent.Count;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(sum(ingested), 0)::bigint FROM usage_counters WHERE project_id = @projectId AND period_start = @month",
            new { projectId, month = period.Month },
            cancellationToken: cancellationToken));
        _recent[slot] = (count, now);
        return count;
    }

    public void Clear() => _recent.Clear();
}
