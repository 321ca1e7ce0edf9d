namespace Logtrail.Domain.Lcql;

/// <summary>A parsed LCQL query: terms ANDed together.</summary>
public sealed record LcqlQuery(IReadOnlyList<LcqlTerm> Terms);

/// <summary>One term; <see cref="Position"/> is its 0-based character offset in the query text.</summary>
public abstract record LcqlTerm(int Position);

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
