using System.Text.Json;
using AutoMapper;
using Dapper;
using Logtrail.Application.Audit;
using Logtrail.Application.Common.Paging;
using Logtrail.Infrastructure.Persistence;
using Logtrail.Infrastructure.Persistence.Rows;

namespace Logtrail.Infrastructure.Audit;

/// <summary>All SQL on <c>admin_audit</c>: written once per admin action, in its transaction; read newest first.</summary>
public sealed class AdminAuditTrail(DatabaseSessions sessions, IMapper mapper) : IAdminAuditTrail
{
    public async Task RecordAsync(AdminAuditEntry entry, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO admin_audit (id, occurred_at, actor, admin_token_id, action, target, client_ip, details)
            VALUES (@Id, @Time, @Actor, @TokenId, @Action, @Target, @ClientIp::inet, @Details::jsonb)
            """,
            new { entry.Id, entry.Time, entry.Actor, entry.TokenId, entry.Action, entry.Target, entry.ClientIp, Details = JsonSerializer.Serialize(entry.Details) },
            cancellationToken: cancellationToken));
    }

    public async Task<Page<AdminAuditEntry>> ReadAsync(TimeWindow window, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var rows = await connection.QueryAsync<AdminAuditRow>(new CommandDefinition(
            $"""
            SELECT id, occurred_at AS time, actor, admin_token_id AS token_id, action, target, host(client_ip) AS client_ip, details::text AS details
            FROM admin_audit
            WHERE {OccurredAtPaging.PageInWindow}
            """,
            OccurredAtPaging.Parameters(window),
            cancellationToken: cancellationToken));
        return Page<AdminAuditEntry>.FromLookahead(
            mapper.Map<IReadOnlyList<AdminAuditEntry>>(rows), window.PageSize, entry => new PageCursor(entry.Time, entry.Id));
    }
}
