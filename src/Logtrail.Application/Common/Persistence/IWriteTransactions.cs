namespace Logtrail.Application.Common.Persistence;

/// <summary>Opens <see cref="IWriteTransaction"/>s (a connection from the pool and a transaction on it).</summary>
public interface IWriteTransactions
{
    Task<IWriteTransaction> BeginAsync(CancellationToken cancellationToken);
}
