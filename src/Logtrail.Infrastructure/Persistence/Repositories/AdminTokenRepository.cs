using AutoMapper;
using Dapper;
using Logtrail.Application.Authentication;
using Logtrail.Infrastructure.Persistence.Rows;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence.Repositories;

public sealed class AdminTokenRepository(NpgsqlDataSource dataSource, IMapper mapper) : IAdminTokenRepository
{
    public async Task<AdminToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AdminTokenRow>(new CommandDefinition(
            "SELECT id, name, prefix, token_hash, created_at, revoked_at FROM admin_tokens WHERE token_hash = @tokenHash",
            new { tokenHash },
            cancellationToken: cancellationToken));
        return row is null ? null : mapper.Map<AdminToken>(row);
    }

    public async Task AddAsync(AdminToken token, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO admin_tokens (id, name, prefix, token_hash, created_at, revoked_at)
            VALUES (@Id, @Name, @Prefix, @TokenHash, @CreatedAt, @RevokedAt)
            """,
            token,
            cancellationToken: cancellationToken));
    }
}
