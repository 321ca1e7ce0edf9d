using Dapper;
using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// The aggregate results cache in PostgreSQL (migrations 0060, 0061), shared by every instance: per project,
/// environment and fingerprint, one row per split with logs — its groups' values flattened into one array and their
/// counts into another — and one row per run of consecutive splits without any.
/// Reading also measures the oldest transaction open in this database by the service's own role (the role every
/// instance writes logs as), in the same statement, before the caller counts any row.
/// </summary>
public sealed class AggregateCache(NpgsqlDataSource dataSource) : IAggregateCache
{
    /// <summary>Moves a project (parameter <c>projectId</c>) to its next generation; every writer into closed splits runs it in its transaction.</summary>
    public const string InvalidateProject =
        """
        INSERT INTO aggregate_cache_generations (project_id, generation) VALUES (@projectId, 1)
        ON CONFLICT (project_id) DO UPDATE SET generation = aggregate_cache_generations.generation + 1
        """;

    private const string CurrentGeneration =
        "coalesce((SELECT generation FROM aggregate_cache_generations WHERE project_id = @ProjectId), 0)";

    private const string Read =
        $"""
        WITH current_generation AS (SELECT {CurrentGeneration} AS generation),
        oldest AS (
            SELECT coalesce(extract(epoch FROM now() - min(xact_start)), 0)::float8 AS seconds
            FROM pg_stat_activity
            WHERE datname = current_database() AND usename = current_user AND backend_type = 'client backend' AND xact_start IS NOT NULL)
        SELECT current_generation.generation, oldest.seconds, split.split_start, split.split_end, split.group_values, split.counts
        FROM current_generation CROSS JOIN oldest
        LEFT JOIN aggregate_cache_splits AS split
          ON split.project_id = @ProjectId AND split.environment = @Environment::environment_name AND split.fingerprint = @Fingerprint
         AND split.split_start < @To AND split.split_end > @From AND split.generation = current_generation.generation
        """;

    private const string Store =
        $"""
        INSERT INTO aggregate_cache_splits (project_id, environment, fingerprint, split_start, split_end, generation, group_values, counts, cached_at)
        SELECT @ProjectId, @Environment::environment_name, @Fingerprint, split.start, split.finish, @Generation,
               @Values[split.values_from:split.values_to], @Counts[split.counts_from:split.counts_to], now()
        FROM unnest(@Starts, @Ends, @ValuesFrom, @ValuesTo, @CountsFrom, @CountsTo)
             AS split(start, finish, values_from, values_to, counts_from, counts_to)
        WHERE {CurrentGeneration} = @Generation
        ON CONFLICT (project_id, environment, fingerprint, split_start) DO UPDATE
        SET split_end = excluded.split_end, generation = excluded.generation, group_values = excluded.group_values, counts = excluded.counts,
            cached_at = excluded.cached_at
        """;

    private const string DeleteStale =
        """
        DELETE FROM aggregate_cache_splits AS split
        WHERE split.split_start < @expiredBefore
           OR split.generation <> coalesce((SELECT generation FROM aggregate_cache_generations AS g WHERE g.project_id = split.project_id), 0)
        """;

    private const string DeleteBeyondBound =
        """
        DELETE FROM aggregate_cache_splits
        WHERE cached_at <= (SELECT cached_at FROM aggregate_cache_splits ORDER BY cached_at DESC OFFSET @maxSplits LIMIT 1)
        """;

    public async Task<CachedAggregate> ReadAsync(AggregateCacheKey key, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            Read,
            new { key.ProjectId, Environment = key.Environment.ToWireName(), key.Fingerprint, From = from, To = to },
            cancellationToken: cancellationToken));
        long generation = 0;
        var oldest = TimeSpan.Zero;
        var splits = new List<CountedSplit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            generation = reader.GetInt64(0);
            oldest = TimeSpan.FromSeconds(Math.Max(0, reader.GetDouble(1)));
            if (!reader.IsDBNull(2))
            {
                splits.Add(SplitOf(
                    new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero),
                    new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero),
                    reader.GetFieldValue<string?[]>(4),
                    reader.GetFieldValue<long[]>(5)));
            }
        }

        return new CachedAggregate(generation, oldest, splits);
    }

    public async Task StoreAsync(AggregateCacheKey key, long generation, IReadOnlyList<CountedSplit> splits, CancellationToken cancellationToken)
    {
        var values = new List<string?>();
        var counts = new List<long>();
        var valuesFrom = new int[splits.Count];
        var valuesTo = new int[splits.Count];
        var countsFrom = new int[splits.Count];
        var countsTo = new int[splits.Count];
        for (var index = 0; index < splits.Count; index++)
        {
            valuesFrom[index] = values.Count + 1;
            countsFrom[index] = counts.Count + 1;
            foreach (var group in splits[index].Groups)
            {
                values.AddRange(group.Values);
                counts.Add(group.Count);
            }

            valuesTo[index] = values.Count;
            countsTo[index] = counts.Count;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            Store,
            new
            {
                key.ProjectId,
                Environment = key.Environment.ToWireName(),
                key.Fingerprint,
                Generation = generation,
                Values = values.ToArray(),
                Counts = counts.ToArray(),
                Starts = splits.Select(split => split.Start).ToArray(),
                Ends = splits.Select(split => split.End).ToArray(),
                ValuesFrom = valuesFrom,
                ValuesTo = valuesTo,
                CountsFrom = countsFrom,
                CountsTo = countsTo,
            },
            cancellationToken: cancellationToken));
    }

    public async Task InvalidateAsync(IWriteTransaction transaction, Guid projectId, CancellationToken cancellationToken)
    {
        var write = WriteTransaction.Of(transaction);
        await write.Connection.ExecuteAsync(new CommandDefinition(InvalidateProject, new { projectId }, write.Transaction, cancellationToken: cancellationToken));
    }

    public async Task<long> TrimAsync(DateTimeOffset expiredBefore, int maxSplits, CancellationToken cancellationToken)
    {
        long deleted = await JobTransaction.RunAsync(
            dataSource,
            connection => connection.ExecuteAsync(new CommandDefinition(DeleteStale, new { expiredBefore }, cancellationToken: cancellationToken)),
            cancellationToken);
        return deleted + await JobTransaction.RunAsync(
            dataSource,
            connection => connection.ExecuteAsync(new CommandDefinition(DeleteBeyondBound, new { maxSplits }, cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <summary>A stored split: <c>group_values</c> holds as many values per group as the aggregate groups by.</summary>
    private static CountedSplit SplitOf(DateTimeOffset start, DateTimeOffset end, string?[] values, long[] counts)
    {
        var width = counts.Length == 0 ? 0 : values.Length / counts.Length;
        var groups = new SplitGroup[counts.Length];
        for (var index = 0; index < counts.Length; index++)
        {
            groups[index] = new SplitGroup(values[(index * width)..((index + 1) * width)], counts[index]);
        }

        return new CountedSplit(start, end, groups);
    }
}
