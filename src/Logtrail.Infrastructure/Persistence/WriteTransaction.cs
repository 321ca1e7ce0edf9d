using Logtrail.Application.Common.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>A pooled connection and the transaction open on it; the stores of this assembly write through both.</summary>
public sealed class WriteTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) : IWriteTransaction
{
    public NpgsqlConnection Connection { get; } = connection;

    public NpgsqlTransaction Transaction { get; } = transaction;

    /// <summary>The Npgsql transaction behind a port's <paramref name="transaction"/>, which this assembly opened.</summary>
    public static WriteTransaction Of(IWriteTransaction transaction) =>
        transaction as WriteTransaction
        ?? throw new ArgumentException($"Expected a transaction opened by {nameof(WriteTransactions)}.", nameof(transaction));

    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
