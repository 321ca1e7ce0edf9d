using AutoMapper;
using Dapper;
using Logtrail.Application.Authentication;
using Logtrail.Application.Keys;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Keys;
using Logtrail.Infrastructure.Persistence.Rows;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence.Repositories;

/// <summary>All SQL on <c>api_keys</c>. Revocation and rotation publish a <see cref="KeyChange"/> in their transaction.</summary>
public sealed class ApiKeyRepository(DatabaseSessions sessions, KeyChangePublisher changes, IMapper mapper) : IApiKeyRepository
{
    private const string Columns = "id, project_id, environment, type, name, prefix, created_at, expires_at, revoked_at, last_used_at";

    public async Task AddAsync(ApiKey key, byte[] keyHash, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        await InsertAsync(connection, key, keyHash, cancellationToken);
    }

    public async Task<ApiKey?> GetAsync(Guid keyId, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            $"SELECT {Columns} FROM api_keys WHERE id = @keyId", new { keyId }, cancellationToken: cancellationToken));
        return row is null ? null : mapper.Map<ApiKey>(row);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(
        Guid projectId, DeploymentEnvironment? environment, bool includeRevoked, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var rows = await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM api_keys
            WHERE project_id = @projectId
              AND (@environment::text IS NULL OR environment = @environment)
              AND (@includeRevoked OR revoked_at IS NULL)
            ORDER BY created_at, id
            """,
            new { projectId, environment = environment?.ToWireName(), includeRevoked },
            cancellationToken: cancellationToken));
        return mapper.Map<IReadOnlyList<ApiKey>>(rows);
    }

    public async Task<ApiKey?> RevokeAsync(Guid keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        ApiKeyRow? row = null;
        await changes.WriteAndPublishAsync(
            KeyChange.OfKey(keyId),
            async connection =>
            {
                row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
                    $"UPDATE api_keys SET revoked_at = COALESCE(revoked_at, @revokedAt) WHERE id = @keyId RETURNING {Columns}",
                    new { keyId, revokedAt },
                    cancellationToken: cancellationToken));
                return row is not null;
            },
            cancellationToken);
        return row is null ? null : mapper.Map<ApiKey>(row);
    }

    public Task<bool> RotateAsync(
        Guid oldKeyId, DateTimeOffset oldKeyExpiresAt, ApiKey replacement, byte[] replacementHash, CancellationToken cancellationToken) =>
        changes.WriteAndPublishAsync(
            KeyChange.OfKey(oldKeyId),
            async connection =>
            {
                var updated = await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE api_keys SET expires_at = @oldKeyExpiresAt WHERE id = @oldKeyId AND revoked_at IS NULL",
                    new { oldKeyId, oldKeyExpiresAt },
                    cancellationToken: cancellationToken));
                if (updated == 0)
                {
                    return false;
                }

                await InsertAsync(connection, replacement, replacementHash, cancellationToken);
                return true;
            },
            cancellationToken);

    /// <summary>The key with its project and organization, for authentication.</summary>
    public async Task<ApiKeyCredential?> FindCredentialByHashAsync(byte[] keyHash, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyCredentialRow>(new CommandDefinition(
            """
            SELECT k.id, k.project_id, k.environment, k.type, k.name, k.prefix, k.key_hash, k.created_at,
                   k.expires_at, k.revoked_at, k.last_used_at,
                   p.name AS project_name, p.plan_code, o.id AS organization_id, o.name AS organization_name
            FROM api_keys k
            JOIN projects p ON p.id = k.project_id
            JOIN organizations o ON o.id = p.organization_id
            WHERE k.key_hash = @keyHash
            """,
            new { keyHash },
            cancellationToken: cancellationToken));
        return row is null ? null : mapper.Map<ApiKeyCredential>(row);
    }

    /// <summary>Moves <c>last_used_at</c> forward for a batch of keys in one statement.</summary>
    public async Task WriteLastUsedAsync(IReadOnlyList<KeyValuePair<Guid, DateTimeOffset>> uses, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var connection = session.Connection;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE api_keys AS k SET last_used_at = GREATEST(k.last_used_at, u.used_at)
            FROM unnest(@ids, @usedAt) AS u(id, used_at)
            WHERE k.id = u.id
            """,
            new { ids = uses.Select(use => use.Key).ToArray(), usedAt = uses.Select(use => use.Value.UtcDateTime).ToArray() },
            cancellationToken: cancellationToken));
    }

    private static Task InsertAsync(
        NpgsqlConnection connection, ApiKey key, byte[] keyHash, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO api_keys (id, project_id, environment, type, name, prefix, key_hash, created_at, expires_at)
            VALUES (@Id, @ProjectId, @Environment, @Type, @Name, @Prefix, @KeyHash, @CreatedAt, @ExpiresAt)
            """,
            new
            {
                key.Id,
                key.ProjectId,
                Environment = key.Environment.ToWireName(),
                Type = key.Type.ToWireName(),
                key.Name,
                key.Prefix,
                KeyHash = keyHash,
                key.CreatedAt,
                key.ExpiresAt,
            },
            cancellationToken: cancellationToken));
}
