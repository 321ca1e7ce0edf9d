using Logtrail.Application.Common.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// A pooled connection and the one transaction the stores of this assembly write in. A statement that needs no answer
/// before the commit is <see cref="Queue">queued</see>; the queue goes to PostgreSQL as one batch, in the transaction,
/// when <see cref="SendQueuedAsync"/> is called and at the latest with the commit — so the statements of a shared
/// commit of single logs (the rows, the usage increment, the announcement) cost one round trip, and the COMMIT a
/// second. A statement that needs its answer at once (a claim, a COPY) runs in <see cref="Transaction"/> directly.
/// </summary>
public sealed class WriteTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) : IWriteTransaction
{
    private readonly List<NpgsqlBatchCommand> _queued = [];

    public NpgsqlConnection Connection { get; } = connection;

    public NpgsqlTransaction Transaction { get; } = transaction;

    /// <summary>The Npgsql transaction behind a port's <paramref name="transaction"/>, which this assembly opened.</summary>
    public static WriteTransaction Of(IWriteTransaction transaction) =>
        transaction as WriteTransaction
        ?? throw new ArgumentException($"Expected a transaction opened by {nameof(WriteTransactions)}.", nameof(transaction));

    /// <summary>Runs <paramref name="command"/> in this transaction with the other queued statements, before the commit.</summary>
    public void Queue(NpgsqlBatchCommand command) => _queued.Add(command);

    public async Task SendQueuedAsync(CancellationToken cancellationToken)
    {
        if (_queued.Count > 0)
        {
            await using var batch = new NpgsqlBatch(Connection, Transaction);
            _queued.ForEach(batch.BatchCommands.Add);
            _queued.Clear();
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await SendQueuedAsync(cancellationToken);
        await Transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
