using Logtrail.Domain.Lcql;

namespace Logtrail.Application.Logs.Queries.AggregateLogs;

public enum LogGroupingKind
{
    Level,
    Action,
    Environment,
    Tag,
    Json,
}

/// <summary>
/// One <c>group_by</c> entry: a column (<c>level</c>, <c>action</c>, <c>environment</c>, <c>tag</c>/<c>tags</c>) or a
/// dot path into <c>actor</c>, <c>target</c>, <c>context</c> or <c>metadata</c>. <see cref="Name"/> is the entry as
/// written: it names the value in each group's key.
/// </summary>
public sealed record LogGrouping(string Name, LogGroupingKind Kind, IReadOnlyList<string> Path)
{
    public static bool TryParse(string? text, out LogGrouping grouping)
    {
        grouping = null!;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var path = text.Split('.');
        LogGroupingKind? kind = path switch
        {
            ["level"] => LogGroupingKind.Level,
            ["action"] => LogGroupingKind.Action,
            ["environment"] => LogGroupingKind.Environment,
            ["tag"] or ["tags"] => LogGroupingKind.Tag,
            [var root, _, ..] when LcqlSchema.JsonRoots.Contains(root) && path.All(segment => segment.Length > 0) => LogGroupingKind.Json,
            _ => null,
        };
        if (kind is null)
        {
            return false;
        }

        grouping = new LogGrouping(text, kind.Value, path);
        return true;
    }
}
