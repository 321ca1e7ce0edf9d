using Dapper;
using Npgsql;

namespace Logtrail.Infrastructure.Keys;

/// <summary>
/// Writes a change that affects key lookups and announces it as a <see cref="KeyChange"/>: to other instances with
/// NOTIFY inside the writing transaction (delivered on commit), and to this instance's cache right after commit.
/// </summary>
public sealed class KeyChangePublisher(NpgsqlDataSource dataSource, ApiKeyCache cache)
{
    /// <summary>
    /// Runs <paramref name="write"/> in a transaction; when it reports that something changed, publishes
    /// <paramref name="change"/> and commits. Returns what <paramref name="write"/> reported.
    /// </summary>
    public async Task<bool> WriteAndPublishAsync(
        KeyChange change, Func<NpgsqlConnection, NpgsqlTransaction, Task<bool>> write, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await write(connection, transaction))
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_notify(@Channel, @Payload)",
            new { KeyChange.Channel, Payload = change.ToPayload() },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        cache.Apply(change);
        return true;
    }
}
