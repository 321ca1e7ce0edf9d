using System.Globalization;
using System.Text;
using Dapper;
using Logtrail.Application.Activity;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// The WHERE fragments of an activity feed, parameters only: public logs, and an actor or target matched on its
/// <c>id</c> by JSONB containment (so the <c>actor</c> GIN index serves a single actor's feed). An id that reads as a
/// number also matches a numeric JSON id.
/// </summary>
public static class ActivitySql
{
    public static void Append(StringBuilder sql, DynamicParameters parameters, ActivityFilter activity)
    {
        sql.Append(" AND (is_public OR (is_public IS NULL AND action = ANY(@PublicActions)))");
        parameters.Add("PublicActions", activity.PublicActions.ToArray());
        AppendIdMatch(sql, parameters, "actor", "ActorId", activity.ActorId);
        AppendIdMatch(sql, parameters, "target", "TargetId", activity.TargetId);
    }

    /// <param name="column">A fixed column name of this class, never input.</param>
    private static void AppendIdMatch(StringBuilder sql, DynamicParameters parameters, string column, string name, string? id)
    {
        if (id is null)
        {
            return;
        }

        sql.Append($" AND ({column} @> jsonb_build_object('id', @{name}::text)");
        parameters.Add(name, id);
        if (decimal.TryParse(id, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            sql.Append($" OR {column} @> jsonb_build_object('id', @{name}Number::numeric)");
            parameters.Add($"{name}Number", number);
        }

        sql.Append(')');
    }
}
