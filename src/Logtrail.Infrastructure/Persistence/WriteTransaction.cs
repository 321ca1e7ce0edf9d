using Logtrail.Application.Common.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// A pooled connection and the one transaction the stores of this assembly write in. A statement that needs no answer
/// before the commit is <see cref="Queue">queued</see>; the queue goes to PostgreSQL as one batch with the deadline
/// check (<see cref="RequireBegunBy"/>) and the <c>COMMIT</c> — so a shared commit of single logs (the transaction's
/// start, the rows, the usage increment, the announcement, the check, the commit) is one round trip. A statement that
/// needs its answer at once (a claim, a COPY) runs in <see cref="Transaction"/> directly.
/// </summary>
public sealed class WriteTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) : IWriteTransaction
{
    /// <summary>What <c>logtrail_require_begun_by</c> (migration 0080) raises when the transaction began after its deadline.</summary>
    public const string BegunTooLateSqlState = "LT001";

    private readonly List<NpgsqlBatchCommand> _queued = [];
    private DateTimeOffset? _deadline;

    public NpgsqlConnection Connection { get; } = connection;

    public NpgsqlTransaction Transaction { get; } = transaction;

    /// <summary>The Npgsql transaction behind a port's <paramref name="transaction"/>, which this assembly opened.</summary>
    public static WriteTransaction Of(IWriteTransaction transaction) =>
        transaction as WriteTransaction
        ?? throw new ArgumentException($"Expected a transaction opened by {nameof(WriteTransactions)}.", nameof(transaction));

    /// <summary>Runs <paramref name="command"/> in this transaction with the other queued statements, at the commit.</summary>
    public void Queue(NpgsqlBatchCommand command) => _queued.Add(command);

    public void RequireBegunBy(DateTimeOffset deadline) => _deadline = _deadline < deadline ? _deadline : deadline;

    /// <summary>
    /// Sends the queue, the deadline check and <c>COMMIT</c> as one batch. Should a statement fail, PostgreSQL skips
    /// the rest of the batch, <c>COMMIT</c> included, and disposing the transaction rolls it back.
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(Connection, Transaction);
        _queued.ForEach(batch.BatchCommands.Add);
        _queued.Clear();
        if (_deadline is { } deadline)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT logtrail_require_begun_by($1)")
            {
                Parameters = { new NpgsqlParameter<DateTimeOffset> { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = deadline } },
            });
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == BegunTooLateSqlState && _deadline is { } missed)
        {
            throw new TransactionBegunTooLateException(missed, exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
