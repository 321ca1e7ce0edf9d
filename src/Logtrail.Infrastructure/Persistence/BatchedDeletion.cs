using Dapper;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// Deletes expired rows a batch at a time, each batch in its own <see cref="JobTransaction"/>, so a large expiry never
/// holds locks for long. The statement deletes at most <c>@batchSize</c> rows and names them by primary key.
/// <para>
/// Each batch finds its rows by one primary-key lookup each: hash and merge joins are off for its transaction. Joined
/// by hash, PostgreSQL read every row of the table (or of the project's partitions) into the hash for each batch, so
/// a batch cost what the table holds rather than what it deletes — 1.5 s per 5,000 logs in a project of 1 M logs
/// against 0.13 s as lookups; 337 ms against 32 ms per 5,000 idempotency records of 1 M.
/// </para>
/// </summary>
public static class BatchedDeletion
{
    private const string ByLookups = "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off;\n";

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
                connection => connection.ExecuteAsync(new CommandDefinition(ByLookups + sql, batchParameters, cancellationToken: cancellationToken)),
                cancellationToken);
            deleted += batch;
        }
        while (batch == batchSize);

        return deleted;
    }
}
