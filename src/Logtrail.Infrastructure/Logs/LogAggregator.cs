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
/// as JSON text; buckets are <c>date_trunc</c> in UTC. Every expression comes from a fixed list; paths are parameters.
/// </summary>
public sealed class LogAggregator(NpgsqlDataSource dataSource) : ILogAggregator
{
    private const string TagsUnnested = " CROSS JOIN LATERAL unnest(CASE WHEN cardinality(tags) = 0 THEN ARRAY[NULL::text] ELSE tags END) AS grouped_tag";

    public async Task<IReadOnlyList<LogGroupCount>> CountAsync(
        LogFilter filter, IReadOnlyList<LogGrouping> groupBy, BucketInterval? interval, int limit, CancellationToken cancellationToken)
    {
        var (where, parameters) = LogFilterSql.Where(filter);
        parameters.Add("Limit", limit);
        var select = new List<string>();
        for (var index = 0; index < groupBy.Count; index++)
        {
            select.Add($"{Expression(groupBy[index], $"@Path{index}")} AS g{index}");
            if (groupBy[index].Kind == LogGroupingKind.Json)
            {
                parameters.Add($"Path{index}", groupBy[index].Path.Skip(1).ToArray());
            }
        }

        if (interval is { } width)
        {
            select.Add($"date_trunc('{Unit(width)}', server_timestamp, 'UTC') AS bucket");
        }

        var groupColumns = Enumerable.Range(1, select.Count).ToList();
        var sql = new StringBuilder("SELECT ").AppendJoin(", ", select.Append("count(*) AS count"))
            .Append(" FROM logs")
            .Append(groupBy.Any(grouping => grouping.Kind == LogGroupingKind.Tag) ? TagsUnnested : "")
            .Append(" WHERE ").Append(where);
        if (groupColumns.Count > 0)
        {
            sql.Append(" GROUP BY ").AppendJoin(", ", groupColumns);
        }

        sql.Append(" ORDER BY ").Append(interval is null ? "" : $"{select.Count}, ").Append("count DESC");
        foreach (var column in groupColumns.Take(groupBy.Count))
        {
            sql.Append(", ").Append(column);
        }

        sql.Append(" LIMIT @Limit");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(
            new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken));
        var groups = new List<LogGroupCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new string?[groupBy.Count];
            for (var index = 0; index < groupBy.Count; index++)
            {
                values[index] = reader.IsDBNull(index) ? null : Text(groupBy[index], reader.GetString(index));
            }

            DateTimeOffset? bucket = interval is null ? null : new DateTimeOffset(reader.GetDateTime(groupBy.Count), TimeSpan.Zero);
            groups.Add(new LogGroupCount(values, bucket, reader.GetInt64(select.Count)));
        }

        return groups;
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
