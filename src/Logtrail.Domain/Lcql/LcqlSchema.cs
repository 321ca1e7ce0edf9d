using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;

namespace Logtrail.Domain.Lcql;

/// <summary>
/// The fields LCQL knows and the rules between fields, operators and values (SPEC §5). <see cref="Check"/> lists
/// every problem of a parsed query with its position; environment values are left to authorization.
/// </summary>
public static class LcqlSchema
{
    public const int MaxTerms = 20;
    public const int MaxValuesPerTerm = 100;
    public const int MaxDepth = 8;

    public static IReadOnlyList<string> JsonRoots { get; } = ["actor", "target", "context", "metadata"];

    private static readonly LcqlOperator[] Equality = [LcqlOperator.Equal, LcqlOperator.NotEqual];
    private static readonly LcqlOperator[] Ranges = [LcqlOperator.Less, LcqlOperator.Greater, LcqlOperator.LessOrEqual, LcqlOperator.GreaterOrEqual];
    private static readonly LcqlOperator[] Matching = [LcqlOperator.Contains, LcqlOperator.NotContains];

    public static LcqlFieldKind? KindOf(LcqlField field) => field.Path switch
    {
        ["id"] => LcqlFieldKind.Id,
        ["api_key_id"] => LcqlFieldKind.ApiKeyId,
        ["level"] => LcqlFieldKind.Level,
        ["action"] => LcqlFieldKind.Action,
        ["message"] => LcqlFieldKind.Message,
        ["environment"] => LcqlFieldKind.Environment,
        ["tag"] or ["tags"] => LcqlFieldKind.Tags,
        ["timestamp"] => LcqlFieldKind.Timestamp,
        ["client_timestamp"] => LcqlFieldKind.ClientTimestamp,
        [var root, _, ..] when JsonRoots.Contains(root) => LcqlFieldKind.Json,
        _ => null,
    };

    /// <summary>The environment names the query mentions, under any operator.</summary>
    public static IEnumerable<string> EnvironmentLiterals(LcqlQuery query) =>
        query.Terms.OfType<LcqlFieldTerm>()
            .Where(term => KindOf(term.Field) == LcqlFieldKind.Environment)
            .SelectMany(term => term.Values.Select(value => value.Text));

    public static IReadOnlyList<SyntaxError> Check(LcqlQuery query)
    {
        var problems = new List<SyntaxError>();
        foreach (var term in query.Terms.OfType<LcqlFieldTerm>())
        {
            if (KindOf(term.Field) is not { } kind)
            {
                problems.Add(new(term.Position, $"'{term.Field.Name}' is not a field; use id, level, action, message, environment, tag, timestamp, client_timestamp, api_key_id or actor./target./context./metadata. paths."));
                continue;
            }

            if (!Allows(kind).Contains(term.Operator))
            {
                problems.Add(new(term.Position, $"'{term.Field.Name}' does not take the {term.Operator} operator."));
                continue;
            }

            foreach (var value in term.Values)
            {
                if (ProblemWith(kind, term.Operator, value) is { } message)
                {
                    problems.Add(new(value.Position, message));
                }
            }
        }

        return problems;
    }

    private static LcqlOperator[] Allows(LcqlFieldKind kind) => kind switch
    {
        LcqlFieldKind.Id or LcqlFieldKind.ApiKeyId or LcqlFieldKind.Environment or LcqlFieldKind.Tags => Equality,
        LcqlFieldKind.Level or LcqlFieldKind.Timestamp or LcqlFieldKind.ClientTimestamp => [.. Equality, .. Ranges],
        LcqlFieldKind.Action or LcqlFieldKind.Message => [.. Equality, .. Matching, LcqlOperator.FullText],
        LcqlFieldKind.Json => [.. Equality, .. Matching, .. Ranges],
        _ => [],
    };

    private static string? ProblemWith(LcqlFieldKind kind, LcqlOperator @operator, LcqlValue value)
    {
        if (value.IsNull)
        {
            return kind is LcqlFieldKind.Message or LcqlFieldKind.Tags or LcqlFieldKind.Json && Equality.Contains(@operator)
                ? null
                : "null only tests the presence of message, tags and JSON paths, with = or !=.";
        }

        return kind switch
        {
            LcqlFieldKind.Id or LcqlFieldKind.ApiKeyId when !Guid.TryParse(value.Text, out _) => $"'{value.Text}' is not a UUID.",
            LcqlFieldKind.Level when !Levels.TryParse(value.Text, out _) => $"'{value.Text}' is not a level; use {string.Join(", ", Levels.WireNames)}.",
            LcqlFieldKind.Timestamp or LcqlFieldKind.ClientTimestamp when !Rfc3339.TryParse(value.Text, out _) => $"'{value.Text}' is not an RFC 3339 timestamp.",
            LcqlFieldKind.Json when Ranges.Contains(@operator)
                                    && !decimal.TryParse(value.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                                    && !Rfc3339.TryParse(value.Text, out _) =>
                $"'{value.Text}' is neither a number nor an RFC 3339 instant; < > <= >= on a JSON path compare numbers or instants.",
            _ => null,
        };
    }
}
