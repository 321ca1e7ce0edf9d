using System.Text;
using Dapper;
using Logtrail.Application.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// The WHERE clause of a <see cref="LogFilter"/> on <c>logs</c>, shared by every read (pages, export, aggregates):
/// tenant, environment and retention first, then each filter. Every value is a parameter; the clause is assembled
/// only from fixed fragments (LCQL through <see cref="LcqlSql"/>).
/// </summary>
public static class LogFilterSql
{
    /// <summary>The columns of a log entry, JSONB as text: the SELECT list of <see cref="LogColumns"/>.</summary>
    public static readonly string Columns = LogColumns.SelectList;

    /// <summary>The caller's project and environment, within retention (parameters ProjectId, Environment, NotBefore).</summary>
    public const string Tenant = "project_id = @ProjectId AND environment = @Environment AND server_timestamp >= @NotBefore";

    public static (string Where, DynamicParameters Parameters) Where(LogFilter filter)
    {
        var sql = new StringBuilder(Tenant);
        var parameters = new DynamicParameters(new
        {
            filter.ProjectId,
            Environment = filter.Environment.ToWireName(),
            filter.NotBefore,
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

        return (sql.ToString(), parameters);
    }

    /// <summary><c>%text%</c> with the text's own <c>%</c>, <c>_</c> and <c>\</c> escaped.</summary>
    private static string ContainsPattern(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
}
