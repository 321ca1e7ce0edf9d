using Dapper;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// Deletes expired rows a batch at a time, each batch in its own <see cref="JobTransaction"/>, so a large expiry never
/// holds locks for long. The statement deletes at most <c>@batchSize</c> rows and names them by primary key.
/// </summary>
public static class BatchedDeletion
{
    /// <summary>Runs <paramref name="sql"/> until a batch deletes fewer than <paramref name="batchSize"/> rows; returns how many it deleted.</summary>
    public static async Task<long> RunAsync(
        NpgsqlDataSource dataSource, string sql, object parameters, int batchSize, CancellationToken cancellationToken)
    {
        var batchParameters = new DynamicParameters(parameters);
        batchParameters.Add("batchSize", batchSize);
        long deleted = 0;
        int batch;
        do
        {
            batch = await JobTransaction.RunAsync(
                dataSource,
                connection => connection.ExecuteAsync(new CommandDefinition(sql, batchParameters, cancellationToken: cancellationToken)),
                cancellationToken);
            deleted += batch;
        }
        while (batch == batchSize);

        return deleted;
    }
}
