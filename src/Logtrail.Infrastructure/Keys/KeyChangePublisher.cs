using Dapper;
using Logtrail.Infrastructure.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Keys;

/// <summary>
/// Writes a change that affects key lookups and announces it as a <see cref="KeyChange"/>: to other instances with
/// NOTIFY inside the writing transaction (delivered on commit), and to this instance's cache right after commit. Inside
/// a unit of work the write, the NOTIFY and whatever else the unit does commit together.
/// </summary>
public sealed class KeyChangePublisher(DatabaseSessions sessions, ApiKeyCache cache)
{
    /// <summary>
    /// Runs <paramref name="write"/> in a transaction (the current unit of work's, or its own); when it reports that
    /// something changed, publishes <paramref name="change"/>. Returns what <paramref name="write"/> reported.
    /// </summary>
    public Task<bool> WriteAndPublishAsync(KeyChange change, Func<NpgsqlConnection, Task<bool>> write, CancellationToken cancellationToken) =>
        sessions.ExecuteAsync(
            async () =>
            {
                await using var session = await sessions.OpenAsync(cancellationToken);
                if (!await write(session.Connection))
                {
                    return false;
                }

                await session.Connection.ExecuteAsync(new CommandDefinition(
                    "SELECT pg_notify(@Channel, @Payload)",
                    new { KeyChange.Channel, Payload = change.ToPayload() },
                    cancellationToken: cancellationToken));
                sessions.AfterCommit(() => cache.Apply(change));
                return true;
            },
            cancellationToken);
}
