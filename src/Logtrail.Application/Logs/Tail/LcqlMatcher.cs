using System.Globalization;
using System.Text.Json;
using Logtrail.Domain.Common;
using Logtrail.Domain.Lcql;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs.Tail;

/// <summary>
/// Evaluates a checked LCQL query against a log in memory, with the semantics of its SQL translation: text
/// equality ignores case, <c>~</c> is a case-insensitive partial match with <c>*</c> as a wildcard, JSON <c>=</c> is
/// containment (a bare number or boolean also matches that JSON value), ranges compare only JSON numbers, several
/// values of a term are ORed, and for <c>!=</c>/<c>!~</c> none may match. Full-text terms (bare words, phrases,
/// <c>@</c>) depend on PostgreSQL's text search: <see cref="NeedsDatabase"/> says so, and the caller asks the database.
/// </summary>
public sealed class LcqlMatcher(LcqlQuery query)
{
    /// <summary>True when the query has a full-text term, which only the database evaluates exactly.</summary>
    public bool NeedsDatabase { get; } = query.Terms.Any(term =>
        term is LcqlTextTerm || term is LcqlFieldTerm { Operator: LcqlOperator.FullText });

    /// <summary>Whether <paramref name="entry"/> matches every term (full-text terms are not evaluated here).</summary>
    public bool Matches(LogEntry entry) => query.Terms.All(term => term switch
    {
        LcqlFieldTerm { Operator: LcqlOperator.FullText } or LcqlTextTerm => true,
        LcqlFieldTerm field => Matches(entry, field),
        _ => false,
    });

    private static bool Matches(LogEntry entry, LcqlFieldTerm term)
    {
        var negated = term.Operator is LcqlOperator.NotEqual or LcqlOperator.NotContains;
        var positive = term.Operator switch
        {
            LcqlOperator.NotEqual => LcqlOperator.Equal,
            LcqlOperator.NotContains => LcqlOperator.Contains,
            var other => other,
        };
        var kind = LcqlSchema.KindOf(term.Field)!.Value;
        var any = term.Values.Any(value => Predicate(entry, kind, term.Field, positive, value));
        return negated ? !any : any;
    }

    private static bool Predicate(LogEntry entry, LcqlFieldKind kind, LcqlField field, LcqlOperator @operator, LcqlValue value) => kind switch
    {
        LcqlFieldKind.Id => entry.Id == Guid.Parse(value.Text),
        LcqlFieldKind.ApiKeyId => entry.ApiKeyId == Guid.Parse(value.Text),
        LcqlFieldKind.Level => Compare(((short)entry.Level).CompareTo((short)LevelOf(value.Text)), @operator),
        LcqlFieldKind.Environment => string.Equals(entry.Environment.ToWireName(), value.Text, StringComparison.Ordinal),
        LcqlFieldKind.Timestamp => Compare(entry.ServerTimestamp.CompareTo(Instant(value.Text)), @operator),
        LcqlFieldKind.ClientTimestamp => Compare(entry.ClientTimestamp.CompareTo(Instant(value.Text)), @operator),
        LcqlFieldKind.Tags => value.IsNull ? entry.Tags.Count == 0 : entry.Tags.Contains(value.Text, StringComparer.Ordinal),
        LcqlFieldKind.Action => Text(entry.Action, @operator, value),
        LcqlFieldKind.Message => value.IsNull ? entry.Message is null : entry.Message is not null && Text(entry.Message, @operator, value),
        LcqlFieldKind.Json => Json(entry, field, @operator, value),
        _ => false,
    };

    private static bool Text(string text, LcqlOperator @operator, LcqlValue value) => @operator switch
    {
        LcqlOperator.Equal => string.Equals(text.ToLowerInvariant(), value.Text.ToLowerInvariant(), StringComparison.Ordinal),
        LcqlOperator.Contains => ContainsPattern(text, value.Text),
        _ => false,
    };

    private static bool Json(LogEntry entry, LcqlField field, LcqlOperator @operator, LcqlValue value)
    {
        var json = field.Path[0] switch
        {
            "actor" => entry.Actor,
            "target" => entry.Target,
            "context" => entry.Context,
            "metadata" => entry.Metadata,
            _ => null,
        };
        using var document = json is null ? null : JsonDocument.Parse(json);
        JsonElement? node = document is null ? null : Navigate(document.RootElement, field.Path.Skip(1), throughArrays: @operator != LcqlOperator.Equal || value.IsNull);
        if (value.IsNull)
        {
            return node is null || node.Value.ValueKind == JsonValueKind.Null;
        }

        if (node is not { } found)
        {
            return false;
        }

        return @operator switch
        {
            LcqlOperator.Equal => EqualsJson(found, value),
            LcqlOperator.Contains => ContainsPattern(found.ValueKind == JsonValueKind.String ? found.GetString()! : found.GetRawText(), value.Text),
            _ => found.ValueKind == JsonValueKind.Number
                 && Compare(found.GetDecimal().CompareTo(decimal.Parse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture)), @operator),
        };
    }

    /// <summary>
    /// Follows a path as <c>#&gt;</c> does (through objects, and through arrays by index), or as containment does
    /// (through objects only) when <paramref name="throughArrays"/> is false.
    /// </summary>
    private static JsonElement? Navigate(JsonElement element, IEnumerable<string> path, bool throughArrays)
    {
        var current = element;
        foreach (var segment in path)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (throughArrays && current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index)
                     && (index < 0 ? current.GetArrayLength() + index : index) is var position && position >= 0 && position < current.GetArrayLength())
            {
                current = current[position];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Containment of one scalar: a string exactly; a bare number numerically; bare true/false as booleans.</summary>
    private static bool EqualsJson(JsonElement node, LcqlValue value) => node.ValueKind switch
    {
        JsonValueKind.String => string.Equals(node.GetString(), value.Text, StringComparison.Ordinal),
        JsonValueKind.Number => !value.Quoted && decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                                && node.TryGetDecimal(out var stored) && stored == number,
        JsonValueKind.True => !value.Quoted && value.Text == "true",
        JsonValueKind.False => !value.Quoted && value.Text == "false",
        _ => false,
    };

    /// <summary><c>ILIKE '%v%'</c> with <c>*</c> as <c>%</c>: the pieces between wildcards appear in order, ignoring case.</summary>
    private static bool ContainsPattern(string text, string pattern)
    {
        var position = 0;
        foreach (var piece in pattern.Split('*'))
        {
            var found = text.IndexOf(piece, position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            position = found + piece.Length;
        }

        return true;
    }

    private static bool Compare(int comparison, LcqlOperator @operator) => @operator switch
    {
        LcqlOperator.Equal => comparison == 0,
        LcqlOperator.Less => comparison < 0,
        LcqlOperator.Greater => comparison > 0,
        LcqlOperator.LessOrEqual => comparison <= 0,
        LcqlOperator.GreaterOrEqual => comparison >= 0,
        _ => false,
    };

    private static Level LevelOf(string text) => Levels.TryParse(text, out var level) ? level.Value : throw new FormatException(text);

    private static DateTimeOffset Instant(string text) => Rfc3339.TryParse(text, out var instant) ? instant : throw new FormatException(text);
}
