using Dapper;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// One statement (or a few) of a background job in its own short transaction whose timeouts are <c>SET LOCAL</c>: on
/// Citus, <c>citus.propagate_set_commands = 'local'</c> forwards every later <c>SET LOCAL</c> of the transaction to the
/// worker connections it uses, so a lock timeout also bounds the waits on the workers (a timeout set inside a function
/// with <c>set_config</c>, or for the session, stays on the coordinator). On plain PostgreSQL the <c>citus.</c> setting
/// is an inert placeholder.
/// </summary>
public static class JobTransaction
{
    /// <summary>How long a job's statement waits for a lock before giving up (the next run retries): ingestion never queues behind a job for longer.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long one statement of a job may run.</summary>
    public static readonly TimeSpan StatementTimeout = TimeSpan.FromMinutes(5);

    private static readonly string SetTimeouts =
        $"SET LOCAL citus.propagate_set_commands = 'local'; " +
        $"SET LOCAL lock_timeout = '{(int)LockTimeout.TotalMilliseconds}ms'; " +
        $"SET LOCAL statement_timeout = '{(int)StatementTimeout.TotalMilliseconds}ms';";

    public static async Task<T> RunAsync<T>(
        NpgsqlDataSource dataSource, Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(SetTimeouts, cancellationToken: cancellationToken));
        var result = await work(connection);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
