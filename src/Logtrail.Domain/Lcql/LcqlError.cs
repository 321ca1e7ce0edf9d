using Logtrail.Domain.Common;

namespace Logtrail.Domain.Lcql;

/// <summary>
/// Why a query text was refused: a syntax error, or (<see cref="ExceedsLimit"/>) a query over one of the language's
/// limits (terms, values in a term, levels of parentheses), found while reading so that a huge query costs little.
/// </summary>
public sealed record LcqlError(SyntaxError Syntax, bool ExceedsLimit)
{
    public int Position => Syntax.Position;

    public string Message => Syntax.Message;
}
