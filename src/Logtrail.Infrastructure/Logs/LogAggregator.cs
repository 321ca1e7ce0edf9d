using System.Data.Common;
using System.Text;
using Dapper;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Domain.Logs;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Counts logs with one <c>GROUP BY</c> over the rows <see cref="LogFilterSql"/> selects. Grouping by tag unnests
/// the tags (a log without tags gives one row with a null tag); a JSON path's value is grouped as JSONB and returned
/// as JSON text; buckets and splits are <c>date_trunc</c> in UTC. Every expression comes from a fixed list; paths and
/// time ranges are parameters.
/// </summary>
public sealed class LogAggregator(NpgsqlDataSource dataSource) : ILogAggregator
{
    private const string TagsUnnested = " CROSS JOIN LATERAL unnest(CASE WHEN cardinality(tags) = 0 THEN ARRAY[NULL::text] ELSE tags END) AS grouped_tag";

    public async Task<IReadOnlyList<LogGroupCount>> CountAsync(
        LogFilter filter, IReadOnlyList<LogGrouping> groupBy, BucketInterval? interval, int limit, CancellationToken cancellationToken)
    {
        var (sql, parameters) = GroupedCount(filter, groupBy, interval);
        var bucketed = interval is not null;
        var columns = groupBy.Count + (bucketed ? 1 : 0);
        if (columns > 0)
        {
            sql.Append(" GROUP BY ").AppendJoin(", ", Enumerable.Range(1, columns));
        }

        sql.Append(" ORDER BY ").Append(bucketed ? $"{columns}, " : "").Append("count DESC");
        foreach (var column in Enumerable.Range(1, groupBy.Count))
        {
            sql.Append(", ").Append(column);
        }

        sql.Append(" LIMIT @Limit");
        parameters.Add("Limit", limit);
        return await ReadAsync(sql.ToString(), parameters, groupBy, bucketed, int.MaxValue, cancellationToken) ?? [];
    }

    public async Task<IReadOnlyList<LogGroupCount>?> CountSplitsAsync(
        LogFilter filter, IReadOnlyList<LogGrouping> groupBy, BucketInterval split, IReadOnlyList<TimeRange> ranges, int maxGroups,
        CancellationToken cancellationToken)
    {
        var (sql, parameters) = GroupedCount(filter, groupBy, split);
        sql.Append(" AND (");
        for (var index = 0; index < ranges.Count; index++)
        {
            sql.Append(index > 0 ? " OR " : "").Append($"(server_timestamp >= @RangeFrom{index}");
            parameters.Add($"RangeFrom{index}", ranges[index].From);
            if (ranges[index].To is { } to)
            {
                sql.Append($" AND server_timestamp < @RangeTo{index}");
                parameters.Add($"RangeTo{index}", to);
            }

            sql.Append(')');
        }

        sql.Append(") GROUP BY ").AppendJoin(", ", Enumerable.Range(1, groupBy.Count + 1)).Append(" LIMIT @Limit");
        parameters.Add("Limit", maxGroups + 1);
        return await ReadAsync(sql.ToString(), parameters, groupBy, bucketed: true, maxGroups, cancellationToken);
    }

    /// <summary><c>SELECT g0, …, [bucket,] count(*) FROM logs … WHERE …</c>, ready for its GROUP BY.</summary>
    private static (StringBuilder Sql, DynamicParameters Parameters) GroupedCount(LogFilter filter, IReadOnlyList<LogGrouping> groupBy, BucketInterval? bucket)
    {
        var (where, parameters) = LogFilterSql.Where(filter);
        var select = new List<string>();
        for (var index = 0; index < groupBy.Count; index++)
        {
            select.Add($"{Expression(groupBy[index], $"@Path{index}")} AS g{index}");
            if (groupBy[index].Kind == LogGroupingKind.Json)
            {
                parameters.Add($"Path{index}", groupBy[index].Path.Skip(1).ToArray());
            }
        }

        if (bucket is { } width)
        {
            select.Add($"date_trunc('{Unit(width)}', server_timestamp, 'UTC') AS bucket");
        }

        var sql = new StringBuilder("SELECT ").AppendJoin(", ", select.Append("count(*) AS count"))
            .Append(" FROM logs")
            .Append(groupBy.Any(grouping => grouping.Kind == LogGroupingKind.Tag) ? TagsUnnested : "")
            .Append(" WHERE ").Append(where);
        return (sql, parameters);
    }

    /// <summary>The groups the statement returns; null when there are more than <paramref name="maxGroups"/>.</summary>
    private async Task<IReadOnlyList<LogGroupCount>?> ReadAsync(
        string sql, DynamicParameters parameters, IReadOnlyList<LogGrouping> groupBy, bool bucketed, int maxGroups, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var groups = new List<LogGroupCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (groups.Count == maxGroups)
            {
                return null;
            }

            groups.Add(GroupOf(reader, groupBy, bucketed));
        }

        return groups;
    }

    private static LogGroupCount GroupOf(DbDataReader reader, IReadOnlyList<LogGrouping> groupBy, bool bucketed)
    {
        var values = new string?[groupBy.Count];
        for (var index = 0; index < groupBy.Count; index++)
        {
            values[index] = reader.IsDBNull(index) ? null : Text(groupBy[index], reader.GetString(index));
        }

        DateTimeOffset? bucket = bucketed ? new DateTimeOffset(reader.GetDateTime(groupBy.Count), TimeSpan.Zero) : null;
        return new LogGroupCount(values, bucket, reader.GetInt64(groupBy.Count + (bucketed ? 1 : 0)));
    }

    private static string Expression(LogGrouping grouping, string pathParameter) => grouping.Kind switch
    {
        LogGroupingKind.Level => "level::text",
        LogGroupingKind.Action => "action",
        LogGroupingKind.Environment => "environment::text",
        LogGroupingKind.Tag => "grouped_tag",
        LogGroupingKind.Json => $"({LcqlSql.JsonColumn(grouping.Path[0])} #> {pathParameter})::text",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping.Kind, "Unknown grouping."),
    };

    private static string Text(LogGrouping grouping, string value) =>
        grouping.Kind == LogGroupingKind.Level ? ((Level)short.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ToWireName() : value;

    private static string Unit(BucketInterval interval) => interval switch
    {
        BucketInterval.Minute => "minute",
        BucketInterval.Hour => "hour",
        BucketInterval.Day => "day",
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown interval."),
    };
}
