using Dapper;
using Npgsql;

namespace Logtrail.Infrastructure.Keys;

/// <summary>
/// Announces a <see cref="KeyChange"/>: to other instances with NOTIFY inside the writing transaction (delivered
/// on commit), and to this instance's cache at once.
/// </summary>
public sealed class KeyChangePublisher(ApiKeyCache cache)
{
    public Task NotifyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, KeyChange change, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_notify(@Channel, @Payload)",
            new { KeyChange.Channel, Payload = change.ToPayload() },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>Call after the transaction commits, so this instance never re-caches the old state.</summary>
    public void ApplyLocally(KeyChange change) => cache.Apply(change);
}
