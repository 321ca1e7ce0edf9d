using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Logtrail.Domain.Common;
using Logtrail.Domain.Lcql;
using Logtrail.Domain.Logs;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Translates a checked LCQL query into one SQL condition on <c>logs</c>. The SQL text comes only from fixed fragments
/// chosen by field kind and operator; every value the user wrote is a parameter. Several values of one term are
/// ORed; for != and !~ none may match (a missing value counts as not matching); NOT treats an unknown (NULL)
/// result as not matching, so its negation matches.
/// </summary>
public static class LcqlSql
{
    private const string Document = "regexp_replace(action || ' ' || coalesce(message, ''), '[[:punct:]]+', ' ', 'g')";

    /// <summary>
    /// Appends <c> AND (…)</c>: the whole user expression as one parenthesised group, so that nothing in it — an
    /// <c>OR</c> above all — can widen the tenant, environment and retention predicates the caller wrote before it.
    /// </summary>
    public static void Append(StringBuilder sql, DynamicParameters parameters, LcqlQuery query)
    {
        if (query.Root is { } root)
        {
            sql.Append(" AND (").Append(Expression(new ParameterNames(parameters), root)).Append(')');
        }
    }

    private static string Expression(ParameterNames names, LcqlExpression expression) => expression switch
    {
        LcqlAll all => string.Join(" AND ", all.Operands.Select(operand => $"({Expression(names, operand)})")),
        LcqlAny any => string.Join(" OR ", any.Operands.Select(operand => $"({Expression(names, operand)})")),
        LcqlNot not => $"NOT COALESCE(({Expression(names, not.Operand)}), false)",
        LcqlTextTerm text => FullText(names, text.Text, text.IsPhrase),
        LcqlFieldTerm field => Field(names, field),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression, "Unknown expression."),
    };

    private static string Field(ParameterNames names, LcqlFieldTerm term)
    {
        var kind = LcqlSchema.KindOf(term.Field)!.Value;
        var positive = term.Operator switch
        {
            LcqlOperator.NotEqual => LcqlOperator.Equal,
            LcqlOperator.NotContains => LcqlOperator.Contains,
            var other => other,
        };
        var any = string.Join(" OR ", term.Values.Select(value => $"({Predicate(names, kind, term.Field, positive, value)})"));
        return term.Operator is LcqlOperator.NotEqual or LcqlOperator.NotContains ? $"NOT COALESCE(({any}), false)" : $"({any})";
    }

    private static string Predicate(ParameterNames names, LcqlFieldKind kind, LcqlField field, LcqlOperator @operator, LcqlValue value) => kind switch
    {
        LcqlFieldKind.Id => $"id = {names.Add(Guid.Parse(value.Text))}",
        LcqlFieldKind.ApiKeyId => $"api_key_id = {names.Add(Guid.Parse(value.Text))}",
        LcqlFieldKind.Level => $"level {Comparison(@operator)} {names.Add((short)LevelOf(value.Text))}",
        LcqlFieldKind.Environment => $"environment = {names.Add(value.Text)}",
        LcqlFieldKind.Timestamp => $"server_timestamp {Comparison(@operator)} {names.Add(Instant(value.Text))}",
        LcqlFieldKind.ClientTimestamp => $"client_timestamp {Comparison(@operator)} {names.Add(Instant(value.Text))}",
        LcqlFieldKind.Tags => value.IsNull ? "cardinality(tags) = 0" : $"{names.Add(value.Text)} = ANY(tags)",
        LcqlFieldKind.Action => Text(names, "action", @operator, value),
        LcqlFieldKind.Message => value.IsNull ? "message IS NULL" : Text(names, "message", @operator, value),
        LcqlFieldKind.Json => Json(names, field, @operator, value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown field kind."),
    };

    private static string Text(ParameterNames names, string column, LcqlOperator @operator, LcqlValue value) => @operator switch
    {
        LcqlOperator.Equal => $"lower({column}) = lower({names.Add(value.Text)})",
        LcqlOperator.Contains => $@"{column} ILIKE {names.Add(ContainsPattern(value.Text))} ESCAPE '\'",
        LcqlOperator.FullText => FullText(names, value.Text, isPhrase: value.Quoted),
        _ => throw new ArgumentOutOfRangeException(nameof(@operator), @operator, "Not a text operator."),
    };

    private static string Json(ParameterNames names, LcqlField field, LcqlOperator @operator, LcqlValue value)
    {
        var node = $"{JsonColumn(field.Path[0])} #> {names.Add(field.Path.Skip(1).ToArray())}";
        if (value.IsNull)
        {
            return $"({node}) IS NULL OR ({node}) = 'null'::jsonb";
        }

        return @operator switch
        {
            LcqlOperator.Equal => string.Join(" OR ", EqualCandidates(value).Select(candidate =>
                $"{JsonColumn(field.Path[0])} @> {names.Add(Containing(field.Path.Skip(1), candidate))}::jsonb")),
            LcqlOperator.Contains => $@"(({node}) #>> '{{}}') ILIKE {names.Add(ContainsPattern(value.Text))} ESCAPE '\'",
            _ => JsonRange(names, node, @operator, value),
        };
    }

    /// <summary>
    /// A range on a JSON path compares only values of the comparand's type: numbers with a number, RFC 3339 strings
    /// with an instant. Anything else is NULL inside the CASE (so the cast never sees it) and does not match.
    /// </summary>
    private static string JsonRange(ParameterNames names, string node, LcqlOperator @operator, LcqlValue value) =>
        TryNumber(value.Text, out var number)
            ? $"(CASE WHEN jsonb_typeof({node}) = 'number' THEN ({node})::numeric END) {Comparison(@operator)} {names.Add(number)}"
            : $"lcql_json_instant({node}) {Comparison(@operator)} {names.Add(Instant(value.Text))}";

    /// <summary>
    /// The JSON values <c>=</c> matches: a quoted value is a string; a bare number also matches that number, a bare
    /// true/false that boolean. String comparison is exact (as the public docs define <c>=</c> on JSONB), which
    /// lets containment use the GIN index.
    /// </summary>
    private static IEnumerable<JsonNode> EqualCandidates(LcqlValue value)
    {
        yield return JsonValue.Create(value.Text);
        if (value.Quoted)
        {
            yield break;
        }

        if (TryNumber(value.Text, out var number))
        {
            yield return JsonValue.Create(number);
        }
        else if (value.Text is "true" or "false")
        {
            yield return JsonValue.Create(value.Text == "true");
        }
    }

    /// <summary><c>{"a":{"b":value}}</c> for the path a.b: what a matching document contains.</summary>
    private static string Containing(IEnumerable<string> path, JsonNode value) =>
        path.Reverse().Aggregate(value, (inner, segment) => new JsonObject { [segment] = inner }).ToJsonString();

    /// <summary>
    /// Words and phrases match whole words of the action and message. There is no full-text index (it cost more at
    /// ingestion than both trigram indexes together; docs/architecture.md): every run of letters and digits of a match
    /// is also a case-insensitive substring of the action or the message, so each run of three or more first narrows
    /// the rows through the trigram indexes, and the full-text test decides on what is left.
    /// </summary>
    private static string FullText(ParameterNames names, string text, bool isPhrase)
    {
        var words = WithoutPunctuation(text);
        var narrowing = LetterAndDigitRuns(words)
            .Where(run => run.Length >= 3)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(run => names.Add(ContainsPattern(run)))
            .Select(pattern => $@"(action ILIKE {pattern} ESCAPE '\' OR message ILIKE {pattern} ESCAPE '\')");
        var match = $"to_tsvector('simple', {Document}) @@ {(isPhrase ? "phraseto_tsquery" : "plainto_tsquery")}('simple', {names.Add(words)})";
        return string.Join(" AND ", narrowing.Append(match));
    }

    private static IEnumerable<string> LetterAndDigitRuns(string text)
    {
        var start = -1;
        for (var index = 0; index <= text.Length; index++)
        {
            var inRun = index < text.Length && char.IsLetterOrDigit(text[index]);
            if (inRun && start < 0)
            {
                start = index;
            }
            else if (!inRun && start >= 0)
            {
                yield return text[start..index];
                start = -1;
            }
        }
    }

    private static string Comparison(LcqlOperator @operator) => @operator switch
    {
        LcqlOperator.Equal => "=",
        LcqlOperator.Less => "<",
        LcqlOperator.Greater => ">",
        LcqlOperator.LessOrEqual => "<=",
        LcqlOperator.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(@operator), @operator, "Not a comparison."),
    };

    /// <summary><c>~v</c> is <c>ILIKE '%v%'</c> with <c>*</c> as a wildcard and the text's own <c>%</c>, <c>_</c>, <c>\</c> literal.</summary>
    private static string ContainsPattern(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal).Replace("*", "%", StringComparison.Ordinal) + "%";

    private static string WithoutPunctuation(string text) =>
        new(text.Select(character => char.IsPunctuation(character) || char.IsSymbol(character) ? ' ' : character).ToArray());

    private static Level LevelOf(string text) => Levels.TryParse(text, out var level) ? level.Value : throw new FormatException(text);

    /// <summary>The column of a JSON root, from a fixed list: the user's text never becomes SQL.</summary>
    public static string JsonColumn(string root) => root switch
    {
        "actor" => "actor",
        "target" => "target",
        "context" => "context",
        "metadata" => "metadata",
        _ => throw new ArgumentOutOfRangeException(nameof(root), root, "Not a JSON root."),
    };

    private static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    private static DateTimeOffset Instant(string text) => Rfc3339.TryParse(text, out var instant) ? instant : throw new FormatException(text);

    /// <summary>Adds parameters <c>@q0</c>, <c>@q1</c>, … and returns each one's placeholder.</summary>
    private sealed class ParameterNames(DynamicParameters parameters)
    {
        private int _next;

        public string Add(object value)
        {
            var name = $"q{_next++}";
            parameters.Add(name, value);
            return "@" + name;
        }
    }
}
