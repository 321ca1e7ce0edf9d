using Logtrail.Application.Common.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>Opens a connection from the application's data source and begins a transaction on it.</summary>
public sealed class WriteTransactions(NpgsqlDataSource dataSource) : IWriteTransactions
{
    public async Task<IWriteTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            return new WriteTransaction(connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch (Exception)
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
