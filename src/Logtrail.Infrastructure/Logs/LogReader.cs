using System.Buffers;
using Dapper;
using Logtrail.Application.Common.Paging;
using Logtrail.Application.Logs;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Persistence;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Reads logs within one project and environment, newest first; the WHERE clause comes from
/// <see cref="LogFilterSql"/>. A list is searched in bounded time windows, newest first, until the page is
/// full (see <see cref="SearchWindows"/>; <see cref="LogSearchPlan"/> chooses the range and the windows): each
/// statement names its window, so PostgreSQL plans and opens only the partitions that window overlaps, whatever the
/// age of the database. A list without search predicates is read through <see cref="GenericPlanDataSource"/>: its
/// statements' best plan is the same for every value.
/// </summary>
public sealed class LogReader(NpgsqlDataSource dataSource, GenericPlanDataSource genericPlans, TimeProvider clock) : ILogReader
{
    private static readonly string Select = $"SELECT {LogFilterSql.Columns} FROM logs WHERE ";

    /// <summary>The one row a UUIDv7 can be: its own millisecond, in its project and environment.</summary>
    private const string ByIdCondition =
        "project_id = @ProjectId AND environment = @Environment AND id = @Id AND server_timestamp >= @StampedFrom AND server_timestamp < @StampedTo";

    private const string Order = " ORDER BY server_timestamp DESC, id DESC LIMIT @Limit";

    private const string WindowInUtc = " AND (server_timestamp AT TIME ZONE 'UTC') >= (@WindowFrom AT TIME ZONE 'UTC')";
    private const string WindowToInUtc = " AND (server_timestamp AT TIME ZONE 'UTC') < (@WindowTo AT TIME ZONE 'UTC')";

    /// <summary>
    /// For a search that collects matches, in its transaction: no JIT compilation, no parallel workers, and a random
    /// page read priced as what it is for a table in memory or on SSD (1.1; PostgreSQL's default of 4 models spinning
    /// disks). Its row estimates take client and server time for independent (782,000 expected where 4 are found, at
    /// 10 M logs), which made PostgreSQL compile the statement (40 ms) and start workers to read a few hundred blocks
    /// (1.5 ms alone); and at the default page price it ANDed the primary key's entries of the project's window (85,000,
    /// 10 ms per partition) into the block-range index's few blocks where another project filled the partition.
    /// </summary>
    private const string CollectingSettings =
        "SELECT set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('random_page_cost', '1.1', true)";

    public async Task<LogEntry?> FindAsync(
        Guid projectId, DeploymentEnvironment environment, Guid id, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        if (ById(projectId, environment, id) is not { } parameters)
        {
            return null;
        }

        parameters.Add("NotBefore", notBefore);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            Select + ByIdCondition + " AND server_timestamp >= @NotBefore", parameters, cancellationToken: cancellationToken));
        return await reader.ReadAsync(cancellationToken) ? new LogEntryReader(reader).Read() : null;
    }

    public async Task<PageCursor?> FindPositionAsync(
        Guid projectId, DeploymentEnvironment environment, Guid id, CancellationToken cancellationToken)
    {
        if (ById(projectId, environment, id) is not { } parameters)
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var timestamp = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT server_timestamp FROM logs WHERE " + ByIdCondition,
            parameters,
            cancellationToken: cancellationToken));
        return timestamp is { } stored ? new PageCursor(new DateTimeOffset(stored, TimeSpan.Zero), id) : null;
    }

    public async Task<IReadOnlyList<LogEntry>> ListAsync(LogFilter filter, CancellationToken cancellationToken)
    {
        var entries = new LogEntryRows(Math.Min(filter.Limit, 1_024));
        await ReadRowsAsync(filter, entries, cancellationToken);
        return entries.Entries;
    }

    public async Task<PageCursor?> WriteListAsync(LogFilter filter, int pageSize, IBufferWriter<byte> output, CancellationToken cancellationToken)
    {
        var rows = new LogJsonRows();
        await ReadRowsAsync(filter with { Limit = pageSize + 1 }, rows, cancellationToken);
        return rows.WritePage(pageSize, output);
    }

    /// <summary>Reads the rows <paramref name="filter"/> selects, window by window, into <paramref name="rows"/> until it holds <see cref="LogFilter.Limit"/>.</summary>
    private async Task ReadRowsAsync(LogFilter filter, ILogRows rows, CancellationToken cancellationToken)
    {
        var (where, parameters) = LogFilterSql.Where(filter);
        var plan = LogSearchPlan.For(filter, clock.GetUtcNow());
        var bounded = Statement(plan, where + " AND server_timestamp >= @WindowFrom AND server_timestamp < @WindowTo", bounded: true);
        var openAbove = Statement(plan, where + " AND server_timestamp >= @WindowFrom", bounded: false);
        var (probeBounded, probeOpenAbove) = plan.CollectsMatches ? (Probe(where, bounded: true), Probe(where, bounded: false)) : (null, null);
        if (plan.CollectsMatches)
        {
            parameters.Add("ProbedRows", LogSearchPlan.ProbedRows);
        }

        await using var connection = await (SearchesNothing(filter) ? genericPlans.DataSource : dataSource).OpenConnectionAsync(cancellationToken);
        await using var transaction = plan.CollectsMatches ? await connection.BeginTransactionAsync(cancellationToken) : null;
        if (transaction is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(CollectingSettings, transaction: transaction, cancellationToken: cancellationToken));
        }

        foreach (var window in plan.Windows)
        {
            var kept = rows.Count;
            var wanted = filter.Limit - kept;
            parameters.Add("WindowFrom", window.From);
            parameters.Add("WindowTo", window.To);
            parameters.Add("Limit", wanted);
            var statement = window.To is null ? openAbove : bounded;
            if (plan.CollectsMatches)
            {
                await ReadAsync(connection, (window.To is null ? probeOpenAbove : probeBounded)!, parameters, transaction, rows, cancellationToken);
                if (rows.Count - kept == wanted)
                {
                    break;
                }

                rows.KeepFirst(kept);
            }

            await ReadAsync(connection, statement, parameters, transaction, rows, cancellationToken);
            if (rows.Count == filter.Limit)
            {
                break;
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Whether the filter names nothing but the project, environment, time window and cursor.</summary>
    private static bool SearchesNothing(LogFilter filter) =>
        filter is { ActionContains: null, MessageContains: null, Levels.Count: 0, Tags.Count: 0, Query: null, ActionIs: null, Activity: null };

    /// <summary>
    /// The newest matches of one window: read in order, or — when the plan collects matches — gathered first (a
    /// materialized CTE, planned without the limit, so through the indexes that find them) and then ordered. A
    /// collecting statement also names its window as UTC wall-clock time, the expression the block-range index on
    /// both times holds (migration 0070): the same rows, and the index then reads only the window's blocks.
    /// </summary>
    private static string Statement(LogSearchPlan plan, string condition, bool bounded) => plan.CollectsMatches
        ? $"WITH window_matches AS MATERIALIZED ({Select}{condition}{WindowInUtc}{(bounded ? WindowToInUtc : "")}) SELECT * FROM window_matches{Order}"
        : Select + condition + Order;

    /// <summary>
    /// The matches among the newest <see cref="LogSearchPlan.ProbedRows"/> rows of a window, in order: the subquery walks
    /// the order index for that many rows of the project's window (its <c>LIMIT</c> keeps the query's predicates out of
    /// it), the outer query keeps the matches and stops at the page. The rows it checks are a contiguous prefix of the
    /// window's order, so when it fills the page those are the window's newest matches.
    /// </summary>
    private static string Probe(string condition, bool bounded) =>
        $"SELECT {LogFilterSql.Columns} FROM (SELECT * FROM logs WHERE project_id = @ProjectId AND environment = @Environment"
        + $" AND server_timestamp >= @WindowFrom{(bounded ? " AND server_timestamp < @WindowTo" : "")}"
        + $" ORDER BY server_timestamp DESC, id DESC LIMIT @ProbedRows) AS logs WHERE {condition}{Order}";

    private static async Task ReadAsync(
        NpgsqlConnection connection, string statement, DynamicParameters parameters, NpgsqlTransaction? transaction, ILogRows rows, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(statement, parameters, transaction, cancellationToken: cancellationToken));
        var readRow = rows.ReaderOf(reader);
        while (await reader.ReadAsync(cancellationToken))
        {
            readRow();
        }
    }

    /// <summary>Parameters of the one row <paramref name="id"/> can be; null when it is not a UUIDv7 (no log has such an id).</summary>
    private static DynamicParameters? ById(Guid projectId, DeploymentEnvironment environment, Guid id) =>
        LogIds.TimestampOf(id) is { } stamped
            ? new DynamicParameters(new
            {
                ProjectId = projectId,
                Environment = environment.ToWireName(),
                Id = id,
                StampedFrom = stamped,
                StampedTo = stamped.AddMilliseconds(1),
            })
            : null;
}
