namespace Logtrail.Domain.Lcql;

/// <summary>
/// A parsed LCQL query: its expression tree (<see cref="Root"/>, null for an empty query) and every term in it in
/// the order written (<see cref="Terms"/>), for the checks that look at terms one by one.
/// </summary>
public sealed record LcqlQuery(LcqlExpression? Root, IReadOnlyList<LcqlTerm> Terms)
{
    public static LcqlQuery Empty { get; } = new(null, []);
}

/// <summary>A node of the expression tree; <see cref="Position"/> is its 0-based character offset in the query text.</summary>
public abstract record LcqlExpression(int Position);

/// <summary>Every operand must match (terms side by side, or joined by <c>AND</c>).</summary>
public sealed record LcqlAll(IReadOnlyList<LcqlExpression> Operands, int Position) : LcqlExpression(Position);

/// <summary>At least one operand must match (joined by <c>OR</c>).</summary>
public sealed record LcqlAny(IReadOnlyList<LcqlExpression> Operands, int Position) : LcqlExpression(Position);

/// <summary>The operand must not match (<c>NOT</c> or a leading <c>-</c>); a term whose value is missing does not match, so its negation does.</summary>
public sealed record LcqlNot(LcqlExpression Operand, int Position) : LcqlExpression(Position);

/// <summary>One term: a comparison, a bare word or a quoted phrase.</summary>
public abstract record LcqlTerm(int Position) : LcqlExpression(Position);

/// <summary><c>field OP value[,value…]</c>: the values are ORed (for negative operators, none may match).</summary>
public sealed record LcqlFieldTerm(LcqlField Field, LcqlOperator Operator, IReadOnlyList<LcqlValue> Values, int Position)
    : LcqlTerm(Position);

/// <summary>A bare word or a quoted phrase: full-text search over action and message.</summary>
public sealed record LcqlTextTerm(string Text, bool IsPhrase, int Position) : LcqlTerm(Position);

/// <summary>A value as written; <see cref="IsNull"/> for the bare word <c>null</c> (presence tests).</summary>
public sealed record LcqlValue(string Text, bool Quoted, int Position)
{
    public bool IsNull => !Quoted && Text == "null";
}

/// <summary>A field name as written: its path segments (<c>metadata.status_code</c> → [metadata, status_code]).</summary>
public sealed record LcqlField(string Name, IReadOnlyList<string> Path, int Position);

public enum LcqlOperator
{
    Equal,
    NotEqual,
    Contains,
    NotContains,
    FullText,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
}
