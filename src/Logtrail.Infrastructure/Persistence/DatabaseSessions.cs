using Logtrail.Application.Common.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// Where repositories get their connection: the current unit of work's (its transaction, for the async flow that
/// started it) or, outside one, a fresh one from the pool. Actions registered with <see cref="AfterCommit"/> run once
/// the unit's transaction has committed (at once outside a unit) — e.g. this instance's own cache invalidation.
/// </summary>
public sealed class DatabaseSessions(NpgsqlDataSource dataSource) : IUnitOfWork
{
    private static readonly AsyncLocal<UnitOfWorkTransaction?> Current = new();

    public async Task<T> ExecuteAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (Current.Value is not null)
        {
            return await work();
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var unit = new UnitOfWorkTransaction(connection);
        Current.Value = unit;
        try
        {
            var result = await work();
            await transaction.CommitAsync(CancellationToken.None);
            Current.Value = null;
            unit.CommitSucceeded();
            return result;
        }
        finally
        {
            Current.Value = null;
        }
    }

    /// <summary>A connection for one repository call: the unit of work's, or a pooled one the lease closes again.</summary>
    public async ValueTask<SessionConnection> OpenAsync(CancellationToken cancellationToken) =>
        Current.Value is { } unit
            ? new SessionConnection(unit.Connection, ownsConnection: false)
            : new SessionConnection(await dataSource.OpenConnectionAsync(cancellationToken), ownsConnection: true);

    /// <summary>Runs <paramref name="action"/> once the current unit of work has committed; outside one, now.</summary>
    public void AfterCommit(Action action)
    {
        if (Current.Value is { } unit)
        {
            unit.OnCommit(action);
        }
        else
        {
            action();
        }
    }

    private sealed class UnitOfWorkTransaction(NpgsqlConnection connection)
    {
        private readonly List<Action> _afterCommit = [];

        public NpgsqlConnection Connection { get; } = connection;

        public void OnCommit(Action action) => _afterCommit.Add(action);

        public void CommitSucceeded() => _afterCommit.ForEach(action => action());
    }
}
