using Dapper;
using Logtrail.Infrastructure.Background;
using Logtrail.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Summarises the block ranges of <c>logs</c>' block-range index (client and server time, migration 0070) that
/// writes have filled and no summary covers yet, every minute, on the instance that holds the
/// <c>log-block-ranges</c> lease. A range no summary covers matches every search of that index, so a client-time search
/// reads all of its 128 pages.
/// <para>
/// PostgreSQL's own <c>autosummarize</c> is not enough: it queues each filled range as an autovacuum work item, and the
/// queue holds 256 items for the whole cluster — a bulk load, an import or a busy hour fills ranges faster than
/// autovacuum's one-minute rounds drain it, and the rest is dropped ("request for BRIN range summarization … was not
/// recorded") until the partition's next vacuum, which for a large partition may be a million rows away. Seeded with
/// 10 M logs, 2,527 requests were dropped and a client-time search read 2,919 unsummarised blocks for 5 rows (18 ms
/// p50, 27 ms p95; docs/benchmarks.md).
/// </para>
/// <para>
/// Only partitions written since their last vacuum are looked at (a vacuum summarises every full range itself), and
/// none being vacuumed now. Each index is summarised in its own job transaction that waits at most
/// <see cref="LockWait"/> for its lock — shorter than PostgreSQL's <c>deadlock_timeout</c> (1 s), after which a waiter
/// would cancel an autovacuum of the partition — and is skipped until the next run when it would wait longer.
/// </para>
/// </summary>
public sealed partial class LogBlockRangeSummarizer(
    NpgsqlDataSource dataSource, IOptions<LogStorageOptions> options, ILogger<LogBlockRangeSummarizer> logger)
    : IElectedJob
{
    public static readonly TimeSpan LockWait = TimeSpan.FromMilliseconds(100);

    /// <summary>The block-range indexes of the partitions of <c>logs</c> written since their last vacuum and not being vacuumed.</summary>
    private const string WrittenIndexes =
        """
        SELECT index.indexrelid::regclass::text AS index, partition.inhrelid::regclass::text AS partition
        FROM pg_inherits AS partition
        JOIN pg_stat_all_tables AS stats ON stats.relid = partition.inhrelid
        JOIN pg_index AS index ON index.indrelid = partition.inhrelid
        JOIN pg_class AS index_class ON index_class.oid = index.indexrelid
        JOIN pg_am AS method ON method.oid = index_class.relam
        WHERE partition.inhparent = 'logs'::regclass AND method.amname = 'brin' AND stats.n_ins_since_vacuum > 0
          AND NOT EXISTS (SELECT FROM pg_stat_progress_vacuum AS vacuum WHERE vacuum.relid = partition.inhrelid)
        """;

    /// <summary>
    /// Every full range of one index: each range of <see cref="PagesPerRange"/> pages before the one holding the
    /// partition's last page, which writes are still filling (a range summarised while it fills would have its summary
    /// widened by every row written into it after). A range already summarised is left as it is. The lock wait is
    /// lowered for the transaction before the first range takes its lock (a FROM item is evaluated first).
    /// </summary>
    private static readonly string SummarizeFullRanges =
        $"""
        SELECT coalesce(sum(brin_summarize_range(@index::regclass, block)), 0)::bigint
        FROM set_config('lock_timeout', '{(int)LockWait.TotalMilliseconds}ms', true) AS timeout,
             generate_series(0, pg_relation_size(@partition::regclass) / current_setting('block_size')::int - 1 - {PagesPerRange}, {PagesPerRange}) AS block
        """;

    /// <summary>The index's <c>pages_per_range</c> (PostgreSQL's default; migration 0070 keeps it).</summary>
    public const int PagesPerRange = 128;

    public string Name => "log-block-ranges";

    public bool Enabled => options.Value.MaintainPartitions;

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var summarized = await SummarizeAsync(cancellationToken);
        if (summarized > 0)
        {
            LogSummarized(logger, summarized);
        }
    }

    /// <returns>How many block ranges were summarised.</returns>
    public async Task<long> SummarizeAsync(CancellationToken cancellationToken)
    {
        IEnumerable<(string Index, string Partition)> indexes;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            indexes = await connection.QueryAsync<(string, string)>(new CommandDefinition(WrittenIndexes, cancellationToken: cancellationToken));
        }

        var summarized = 0L;
        foreach (var (index, partition) in indexes)
        {
            try
            {
                summarized += await JobTransaction.RunAsync(
                    dataSource,
                    connection => connection.ExecuteScalarAsync<long>(new CommandDefinition(SummarizeFullRanges, new { index, partition }, cancellationToken: cancellationToken)),
                    cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.UndefinedTable)
            {
                // Vacuumed (which summarises) or dropped (retention) meanwhile: nothing to do until the next run.
                LogSkipped(logger, index, exception.SqlState);
            }
        }

        return summarized;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Log block ranges summarised: {Ranges}")]
    private static partial void LogSummarized(ILogger logger, long ranges);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Block-range index {Index} skipped until the next run ({SqlState})")]
    private static partial void LogSkipped(ILogger logger, string index, string sqlState);
}
