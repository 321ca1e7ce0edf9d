using System.Text;
using AutoMapper;
using Dapper;
using Logtrail.Application.Logs;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Reads logs within one project and environment, newest first. Every filter is a parameter; the WHERE clause is
/// assembled only from fixed fragments.
/// </summary>
public sealed class LogReader(NpgsqlDataSource dataSource, IMapper mapper) : ILogReader
{
    private const string Select =
        """
        SELECT id, project_id, environment, level, action, message, tags, actor::text AS actor, target::text AS target,
               context::text AS context, metadata::text AS metadata, client_timestamp, server_timestamp, is_public, api_key_id
        FROM logs
        WHERE project_id = @ProjectId AND environment = @Environment AND server_timestamp >= @NotBefore
        """;

    public async Task<LogEntry?> FindAsync(
        Guid projectId, DeploymentEnvironment environment, Guid id, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        if (LogIds.TimestampOf(id) is not { } stamped)
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LogRow>(new CommandDefinition(
            $"{Select} AND id = @Id AND server_timestamp >= @StampedFrom AND server_timestamp < @StampedTo",
            new
            {
                ProjectId = projectId,
                Environment = environment.ToWireName(),
                NotBefore = notBefore,
                Id = id,
                StampedFrom = stamped,
                StampedTo = stamped.AddMilliseconds(1),
            },
            cancellationToken: cancellationToken));
        return row is null ? null : mapper.Map<LogEntry>(row);
    }

    public async Task<IReadOnlyList<LogEntry>> ListAsync(LogFilter filter, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(Select);
        var parameters = new DynamicParameters(new
        {
            filter.ProjectId,
            Environment = filter.Environment.ToWireName(),
            filter.NotBefore,
            filter.Limit,
        });
        if (filter.From is { } from)
        {
            sql.Append(" AND server_timestamp >= @From");
            parameters.Add("From", from);
        }

        if (filter.To is { } to)
        {
            sql.Append(" AND server_timestamp < @To");
            parameters.Add("To", to);
        }

        if (!string.IsNullOrEmpty(filter.ActionContains))
        {
            sql.Append(@" AND action ILIKE @Action ESCAPE '\'");
            parameters.Add("Action", ContainsPattern(filter.ActionContains));
        }

        if (!string.IsNullOrEmpty(filter.MessageContains))
        {
            sql.Append(@" AND message ILIKE @Message ESCAPE '\'");
            parameters.Add("Message", ContainsPattern(filter.MessageContains));
        }

        if (filter.Levels.Count > 0)
        {
            sql.Append(" AND level = ANY(@Levels)");
            parameters.Add("Levels", filter.Levels.Select(level => (short)level).ToArray());
        }

        if (filter.Tags.Count > 0)
        {
            sql.Append(" AND tags && @Tags");
            parameters.Add("Tags", filter.Tags.ToArray());
        }

        if (filter.ActionIs is { } action)
        {
            sql.Append(" AND action = @ActionIs");
            parameters.Add("ActionIs", action);
        }

        if (filter.Query is { } query)
        {
            LcqlSql.Append(sql, parameters, query);
        }

        if (filter.Activity is { } activity)
        {
            ActivitySql.Append(sql, parameters, activity);
        }

        if (filter.After is { } after)
        {
            sql.Append(" AND (server_timestamp, id) < (@AfterTimestamp, @AfterId)");
            parameters.Add("AfterTimestamp", after.Timestamp);
            parameters.Add("AfterId", after.Id);
        }

        sql.Append(" ORDER BY server_timestamp DESC, id DESC LIMIT @Limit");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<LogRow>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken));
        return mapper.Map<IReadOnlyList<LogEntry>>(rows);
    }

    /// <summary><c>%text%</c> with the text's own <c>%</c>, <c>_</c> and <c>\</c> escaped.</summary>
    private static string ContainsPattern(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
}
