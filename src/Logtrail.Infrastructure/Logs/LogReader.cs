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
/// full (see <see cref="SearchWindows"/>): each statement names its window, so PostgreSQL plans and opens only the
/// partitions that window overlaps, whatever the age of the database. A list without search predicates is read
/// through <see cref="GenericPlanDataSource"/>: its statements' best plan is the same for every value.
/// </summary>
public sealed class LogReader(NpgsqlDataSource dataSource, GenericPlanDataSource genericPlans, TimeProvider clock) : ILogReader
{
    private static readonly string Select = $"SELECT {LogFilterSql.Columns} FROM logs WHERE ";

    /// <summary>The one row a UUIDv7 can be: its own millisecond, in its project and environment.</summary>
    private const string ByIdCondition =
        "project_id = @ProjectId AND environment = @Environment AND id = @Id AND server_timestamp >= @StampedFrom AND server_timestamp < @StampedTo";

    private const string Order = " ORDER BY server_timestamp DESC, id DESC LIMIT @Limit";

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
        var (where, parameters) = LogFilterSql.Where(filter);
        var bounded = Select + where + " AND server_timestamp >= @WindowFrom AND server_timestamp < @WindowTo" + Order;
        var openAbove = Select + where + " AND server_timestamp >= @WindowFrom" + Order;

        var entries = new List<LogEntry>(Math.Min(filter.Limit, 1_024));
        await using var connection = await (SearchesNothing(filter) ? genericPlans.DataSource : dataSource).OpenConnectionAsync(cancellationToken);
        foreach (var window in SearchWindows.Between(Lowest(filter), Highest(filter), clock.GetUtcNow()))
        {
            parameters.Add("WindowFrom", window.From);
            parameters.Add("WindowTo", window.To);
            parameters.Add("Limit", filter.Limit - entries.Count);
            await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                window.To is null ? openAbove : bounded, parameters, cancellationToken: cancellationToken));
            var rows = new LogEntryReader(reader);
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(rows.Read());
            }

            if (entries.Count == filter.Limit)
            {
                break;
            }
        }

        return entries;
    }

    /// <summary>Whether the filter names nothing but the project, environment, time window and cursor.</summary>
    private static bool SearchesNothing(LogFilter filter) =>
        filter is { ActionContains: null, MessageContains: null, Levels.Count: 0, Tags.Count: 0, Query: null, ActionIs: null, Activity: null };

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

    /// <summary>The oldest instant the filter can return: retention, or its <c>from</c> when later.</summary>
    private static DateTimeOffset Lowest(LogFilter filter) =>
        filter.From is { } from && from > filter.NotBefore ? from : filter.NotBefore;

    /// <summary>
    /// The first instant past what the filter can return, when it says: its <c>to</c>, or just past its cursor
    /// (timestamps are microseconds, so one microsecond later still holds every entry the cursor allows).
    /// </summary>
    private static DateTimeOffset? Highest(LogFilter filter)
    {
        var afterCursor = filter.After?.Timestamp.AddTicks(TimeSpan.TicksPerMicrosecond);
        return (filter.To, afterCursor) switch
        {
            ({ } to, { } cursor) => to < cursor ? to : cursor,
            ({ } to, null) => to,
            (null, var cursor) => cursor,
        };
    }
}
