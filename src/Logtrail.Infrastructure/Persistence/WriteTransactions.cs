using Logtrail.Application.Common.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>Opens a connection from the application's data source for a <see cref="WriteTransaction"/>.</summary>
public sealed class WriteTransactions(NpgsqlDataSource dataSource) : IWriteTransactions
{
    public async Task<IWriteTransaction> BeginAsync(CancellationToken cancellationToken) =>
        new WriteTransaction(await dataSource.OpenConnectionAsync(cancellationToken));
}
