using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Logtrail.Domain.Lcql;

namespace Logtrail.Application.Logs.Queries.AggregateLogs;

/// <summary>
/// What an aggregate's cached splits are keyed by: a SHA-256 of its LCQL query normalized (the expression tree
/// written back without positions, spacing or optional <c>AND</c>s, so <c>level = error  tag=x</c> and
/// <c>level=error AND tag=x</c> share their splits), its groupings in order and its split width. Values keep their
/// text as written.
/// </summary>
public static class AggregateFingerprint
{
    private const string Version = "1";

    public static byte[] Of(LcqlQuery query, IReadOnlyList<LogGrouping> groupings, BucketInterval split)
    {
        var text = new StringBuilder("v").Append(Version).Append("|split=").Append(split).Append("|group=");
        foreach (var grouping in groupings)
        {
            text.Append(grouping.Kind).Append(':').AppendJoin('.', grouping.Path).Append(';');
        }

        text.Append("|query=");
        if (query.Root is { } root)
        {
            Write(text, root);
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The normalized text of <paramref name="query"/> (what <see cref="Of"/> hashes).</summary>
    public static string Normalized(LcqlQuery query)
    {
        var text = new StringBuilder();
        if (query.Root is { } root)
        {
            Write(text, root);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, LcqlExpression expression)
    {
        switch (expression)
        {
            case LcqlAll all:
                WriteGroup(text, "AND", all.Operands);
                break;
            case LcqlAny any:
                WriteGroup(text, "OR", any.Operands);
                break;
            case LcqlNot not:
                text.Append("NOT ");
                Write(text, not.Operand);
                break;
            case LcqlFieldTerm term:
                text.Append(term.Field.Name).Append(' ').Append(term.Operator).Append(' ');
                text.AppendJoin(',', term.Values.Select(value => (value.Quoted ? "q" : "b") + JsonSerializer.Serialize(value.Text)));
                break;
            case LcqlTextTerm word:
                text.Append(word.IsPhrase ? "phrase " : "word ").Append(JsonSerializer.Serialize(word.Text));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown LCQL expression.");
        }
    }

    private static void WriteGroup(StringBuilder text, string joiner, IReadOnlyList<LcqlExpression> operands)
    {
        text.Append('(');
        for (var index = 0; index < operands.Count; index++)
        {
            if (index > 0)
            {
                text.Append(' ').Append(joiner).Append(' ');
            }

            Write(text, operands[index]);
        }

        text.Append(')');
    }
}
