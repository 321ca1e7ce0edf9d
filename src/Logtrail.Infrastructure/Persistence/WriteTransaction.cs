using Logtrail.Application.Common.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// A pooled connection and the one transaction the stores of this assembly write in. A statement that needs no answer
/// before the commit is <see cref="Queue">queued</see>: the queue goes to PostgreSQL with the commit as one batch, so a
/// write made only of queued statements (a shared commit of single logs) is one round trip — the batch runs as one
/// implicit transaction, all of it or none. A statement that needs its answer at once (a claim, a COPY) runs in
/// <see cref="Transaction"/>, begun on first use; the queue then follows in that transaction, before its COMMIT.
/// </summary>
public sealed class WriteTransaction(NpgsqlConnection connection) : IWriteTransaction
{
    private readonly List<NpgsqlBatchCommand> _queued = [];
    private NpgsqlTransaction? _transaction;

    public NpgsqlConnection Connection { get; } = connection;

    /// <summary>The explicit transaction, begun on first use (Npgsql sends its BEGIN with the next statement).</summary>
    public NpgsqlTransaction Transaction => _transaction ??= Connection.BeginTransaction();

    /// <summary>The connection, with the explicit transaction begun: for statements that take no transaction object (COPY).</summary>
    public NpgsqlConnection BeginOnConnection()
    {
        _transaction ??= Connection.BeginTransaction();
        return Connection;
    }

    /// <summary>The Npgsql transaction behind a port's <paramref name="transaction"/>, which this assembly opened.</summary>
    public static WriteTransaction Of(IWriteTransaction transaction) =>
        transaction as WriteTransaction
        ?? throw new ArgumentException($"Expected a transaction opened by {nameof(WriteTransactions)}.", nameof(transaction));

    /// <summary>Runs <paramref name="command"/> at the commit, with every other queued statement, in this transaction.</summary>
    public void Queue(NpgsqlBatchCommand command) => _queued.Add(command);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_queued.Count > 0)
        {
            await using var batch = new NpgsqlBatch(Connection, _transaction);
            _queued.ForEach(batch.BatchCommands.Add);
            _queued.Clear();
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await Connection.DisposeAsync();
    }
}
