using AutoMapper;
using Dapper;
using Logtrail.Application.Authentication;
using Logtrail.Infrastructure.Persistence.Rows;

namespace Logtrail.Infrastructure.Persistence.Repositories;

/// <summary>All SQL on <c>admin_tokens</c>. Changes to the set of tokens are serialized by a transaction-scoped advisory lock.</summary>
public sealed class AdminTokenRepository(DatabaseSessions sessions, IMapper mapper) : IAdminTokenRepository
{
    private const string Columns = "id, name, prefix, token_hash, created_at, expires_at, revoked_at";

    public async Task<AdminToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        await QuerySingleAsync($"SELECT {Columns} FROM admin_tokens WHERE token_hash = @tokenHash", new { tokenHash }, cancellationToken);

    public async Task<AdminToken?> GetAsync(Guid tokenId, CancellationToken cancellationToken) =>
        await QuerySingleAsync($"SELECT {Columns} FROM admin_tokens WHERE id = @tokenId", new { tokenId }, cancellationToken);

    public async Task<IReadOnlyList<AdminToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var rows = await session.Connection.QueryAsync<AdminTokenRow>(new CommandDefinition(
            $"SELECT {Columns} FROM admin_tokens ORDER BY created_at, id", cancellationToken: cancellationToken));
        return mapper.Map<IReadOnlyList<AdminToken>>(rows);
    }

    public async Task AddAsync(AdminToken token, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        await session.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO admin_tokens (id, name, prefix, token_hash, created_at, expires_at, revoked_at)
            VALUES (@Id, @Name, @Prefix, @TokenHash, @CreatedAt, @ExpiresAt, @RevokedAt)
            """,
            token,
            cancellationToken: cancellationToken));
    }

    public async Task LockAsync(CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtext('logtrail.admin_tokens'))", cancellationToken: cancellationToken));
    }

    public async Task<int> CountActiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        return await session.Connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*) FROM admin_tokens WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > @now)",
            new { now },
            cancellationToken: cancellationToken));
    }

    public async Task<AdminToken?> RevokeAsync(Guid tokenId, DateTimeOffset revokedAt, CancellationToken cancellationToken) =>
        await QuerySingleAsync(
            $"UPDATE admin_tokens SET revoked_at = COALESCE(revoked_at, @revokedAt) WHERE id = @tokenId RETURNING {Columns}",
            new { tokenId, revokedAt },
            cancellationToken);

    public async Task ExpireAsync(Guid tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE admin_tokens SET expires_at = LEAST(COALESCE(expires_at, @expiresAt), @expiresAt) WHERE id = @tokenId",
            new { tokenId, expiresAt },
            cancellationToken: cancellationToken));
    }

    private async Task<AdminToken?> QuerySingleAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var row = await session.Connection.QuerySingleOrDefaultAsync<AdminTokenRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return row is null ? null : mapper.Map<AdminToken>(row);
    }
}
