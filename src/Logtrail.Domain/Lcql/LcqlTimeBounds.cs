using Logtrail.Domain.Common;

namespace Logtrail.Domain.Lcql;

/// <summary>
/// The time ranges every match of a query lies in, as its top-level terms on <c>timestamp</c> (server time) and
/// <c>client_timestamp</c> state them: each bound <c>From</c> inclusive, <c>To</c> exclusive, null when the query does
/// not bound that side. Only terms that every match must satisfy count — those ANDed at the top of the query, each
/// with one value; a term under <c>OR</c> or <c>NOT</c>, or with several values, bounds nothing. Bounds are widened
/// by <see cref="Margin"/> so that precision (RFC 3339 allows more digits than the stored microseconds) never
/// excludes a match: they say where to look, the query's own condition still decides.
/// </summary>
public sealed record LcqlTimeBounds(DateTimeOffset? ServerFrom, DateTimeOffset? ServerTo, DateTimeOffset? ClientFrom, DateTimeOffset? ClientTo)
{
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(1);

    public static readonly LcqlTimeBounds None = new(null, null, null, null);

    public static LcqlTimeBounds Of(LcqlQuery? query)
    {
        var bounds = None;
        foreach (var term in query?.Root is { } root ? Conjuncts(root).OfType<LcqlFieldTerm>() : [])
        {
            if (term.Values is not [{ IsNull: false } value] || !Rfc3339.TryParse(value.Text, out var instant))
            {
                continue;
            }

            (DateTimeOffset? From, DateTimeOffset? To) range = term.Operator switch
            {
                LcqlOperator.Equal => (instant - Margin, instant + Margin),
                LcqlOperator.Greater or LcqlOperator.GreaterOrEqual => (instant - Margin, null),
                LcqlOperator.Less or LcqlOperator.LessOrEqual => (null, instant + Margin),
                _ => (null, null),
            };
            var (from, to) = range;
            bounds = LcqlSchema.KindOf(term.Field) switch
            {
                LcqlFieldKind.Timestamp => bounds with { ServerFrom = Later(bounds.ServerFrom, from), ServerTo = Earlier(bounds.ServerTo, to) },
                LcqlFieldKind.ClientTimestamp => bounds with { ClientFrom = Later(bounds.ClientFrom, from), ClientTo = Earlier(bounds.ClientTo, to) },
                _ => bounds,
            };
        }

        return bounds;
    }

    /// <summary>The expressions every match satisfies: the root, or the operands of its top-level ANDs.</summary>
    private static IEnumerable<LcqlExpression> Conjuncts(LcqlExpression expression) =>
        expression is LcqlAll all ? all.Operands.SelectMany(Conjuncts) : [expression];

    private static DateTimeOffset? Later(DateTimeOffset? current, DateTimeOffset? candidate) =>
        current is { } a && candidate is { } b ? (a > b ? a : b) : current ?? candidate;

    private static DateTimeOffset? Earlier(DateTimeOffset? current, DateTimeOffset? candidate) =>
        current is { } a && candidate is { } b ? (a < b ? a : b) : current ?? candidate;
}
