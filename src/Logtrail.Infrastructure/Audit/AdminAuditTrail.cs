using System.Text.Json;
using AutoMapper;
using Dapper;
using Logtrail.Application.Audit;
using Logtrail.Application.Common.Paging;
using Logtrail.Infrastructure.Persistence;
using Logtrail.Infrastructure.Persistence.Rows;
using Npgsql;

namespace Logtrail.Infrastructure.Audit;

/// <summary>All SQL on <c>admin_audit</c>: written once per admin action, read newest first.</summary>
public sealed class AdminAuditTrail(NpgsqlDataSource dataSource, IMapper mapper) : IAdminAuditTrail
{
    public async Task RecordAsync(AdminAuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO admin_audit (id, occurred_at, admin_token_id, action, target, client_ip, details)
            VALUES (@Id, @Time, @TokenId, @Action, @Target, @ClientIp::inet, @Details::jsonb)
            """,
            new { entry.Id, entry.Time, entry.TokenId, entry.Action, entry.Target, entry.ClientIp, Details = JsonSerializer.Serialize(entry.Details) },
            cancellationToken: cancellationToken));
    }

    public async Task<Page<AdminAuditEntry>> ReadAsync(TimeWindow window, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AdminAuditRow>(new CommandDefinition(
            $"""
            SELECT id, occurred_at AS time, admin_token_id AS token_id, action, target, host(client_ip) AS client_ip, details::text AS details
            FROM admin_audit
            WHERE {OccurredAtPaging.PageInWindow}
            """,
            OccurredAtPaging.Parameters(window),
            cancellationToken: cancellationToken));
        return Page<AdminAuditEntry>.FromLookahead(
            mapper.Map<IReadOnlyList<AdminAuditEntry>>(rows), window.PageSize, entry => new PageCursor(entry.Time, entry.Id));
    }
}
