using Logtrail.Application.Common.Persistence;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// Opens a connection and begins a transaction on it, from <see cref="GenericPlanDataSource"/>: every write statement
/// (the rows, the usage increment, the announcement, the idempotency claim) has one best plan whatever its values, so
/// it is planned once per connection rather than at every shared commit.
/// </summary>
public sealed class WriteTransactions(GenericPlanDataSource genericPlans) : IWriteTransactions
{
    public async Task<IWriteTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var connection = await genericPlans.DataSource.OpenConnectionAsync(cancellationToken);
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
