using AutoMapper;
using Dapper;
using Logtrail.Application.Common.Paging;
using Logtrail.Application.Keys.Activity;
using Logtrail.Infrastructure.Persistence;
using Logtrail.Infrastructure.Persistence.Rows;
using Npgsql;

namespace Logtrail.Infrastructure.Activity;

/// <summary>Reads <c>key_activity</c> through its primary key <c>(project_id, key_id, occurred_at, id)</c>, newest first.</summary>
public sealed class KeyActivityLog(NpgsqlDataSource dataSource, IMapper mapper) : IKeyActivityLog
{
    public async Task<KeyActivitySummary> SummarizeAsync(Guid projectId, Guid keyId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<KeyActivitySummaryRow>(new CommandDefinition(
            $"""
            SELECT coalesce(sum(request_count), 0)::bigint AS requests, coalesce(sum(request_count) FILTER (WHERE denied), 0)::bigint AS denied,
                   coalesce(sum(logs_ingested), 0)::bigint AS logs_ingested,
                   count(DISTINCT client_ip) AS distinct_ips, min(occurred_at) AS first_seen, max(occurred_at) AS last_seen
            FROM key_activity WHERE project_id = @projectId AND key_id = @keyId AND {OccurredAtPaging.InWindow}
            """,
            new { projectId, keyId, from, to },
            cancellationToken: cancellationToken));
        return mapper.Map<KeyActivitySummary>(row);
    }

    public async Task<Page<KeyActivityEvent>> ReadAsync(Guid projectId, Guid keyId, TimeWindow window, CancellationToken cancellationToken)
    {
        var parameters = OccurredAtPaging.Parameters(window);
        parameters.Add("projectId", projectId);
        parameters.Add("keyId", keyId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<KeyActivityRow>(new CommandDefinition(
            $"""
            SELECT id, key_id, occurred_at AS time, method, route, status, host(client_ip) AS client_ip, user_agent, denied,
                   request_count AS count, logs_ingested
            FROM key_activity
            WHERE project_id = @projectId AND key_id = @keyId AND {OccurredAtPaging.PageInWindow}
            """,
            parameters,
            cancellationToken: cancellationToken));
        return Page<KeyActivityEvent>.FromLookahead(
            mapper.Map<IReadOnlyList<KeyActivityEvent>>(rows), window.PageSize, activity => new PageCursor(activity.Time, activity.Id));
    }

    public Task<long> DeleteOlderThanAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken) =>
        BatchedDeletion.RunAsync(
            dataSource,
            """
            WITH expired AS (SELECT project_id, key_id, occurred_at, id FROM key_activity WHERE occurred_at < @cutoff LIMIT @batchSize)
            DELETE FROM key_activity USING expired
            WHERE key_activity.project_id = expired.project_id AND key_activity.key_id = expired.key_id
              AND key_activity.occurred_at = expired.occurred_at AND key_activity.id = expired.id
            """,
            new { cutoff },
            batchSize,
            cancellationToken);
}
