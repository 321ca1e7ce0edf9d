using Dapper;
using Logtrail.Application.Activity.ViewerTokens;
using Logtrail.Infrastructure.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Activity;

/// <summary>Viewer tokens in <c>viewer_tokens</c>, found by hash together with their minting key's hash.</summary>
public sealed class ViewerTokenStore(NpgsqlDataSource dataSource) : IViewerTokenStore
{
    public async Task InsertAsync(ViewerToken token, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO viewer_tokens (id, project_id, api_key_id, token_hash, actor_id, target_id, created_at, expires_at)
            VALUES (@Id, @ProjectId, @ApiKeyId, @TokenHash, @ActorId, @TargetId, @CreatedAt, @ExpiresAt)
            """,
            token,
            cancellationToken: cancellationToken));
    }

    public async Task<StoredViewerToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT t.id, t.project_id, t.api_key_id, t.token_hash, t.actor_id, t.target_id, t.created_at, t.expires_at,
                   k.key_hash AS minting_key_hash
            FROM viewer_tokens t JOIN api_keys k ON k.id = t.api_key_id
            WHERE t.token_hash = @tokenHash
            """,
            new { tokenHash },
            cancellationToken: cancellationToken));
        return row is null
            ? null
            : new StoredViewerToken(
                new ViewerToken(row.Id, row.ProjectId, row.ApiKeyId, row.TokenHash, row.ActorId, row.TargetId, Utc(row.CreatedAt), Utc(row.ExpiresAt)),
                row.MintingKeyHash);
    }

    public Task<long> DeleteExpiredBeforeAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken) =>
        BatchedDeletion.RunAsync(
            dataSource,
            "DELETE FROM viewer_tokens WHERE id IN (SELECT id FROM viewer_tokens WHERE expires_at < @cutoff LIMIT @batchSize)",
            new { cutoff },
            batchSize,
            cancellationToken);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed class Row
    {
        public Guid Id { get; init; }

        public Guid ProjectId { get; init; }

        public Guid ApiKeyId { get; init; }

        public byte[] TokenHash { get; init; } = [];

        public string? ActorId { get; init; }

        public string? TargetId { get; init; }

        public DateTime CreatedAt { get; init; }

        public DateTime ExpiresAt { get; init; }

        public byte[] MintingKeyHash { get; init; } = [];
    }
}
