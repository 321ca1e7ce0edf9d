using System.Diagnostics.CodeAnalysis;
using Logtrail.Domain.Common;

namespace Logtrail.Domain.Lcql;

/// <summary>
/// Reads LCQL (grammar in <c>docs/lcql.md</c>) by recursive descent: <c>OR</c> binds loosest, then <c>AND</c>
/// (written or implied by a space), then <c>NOT</c> / a leading <c>-</c>; parentheses group. Hand-written so that
/// every error has an exact position and, where one is obvious, a hint. The limits (terms, values in a term,
/// levels of parentheses) are enforced while reading, so a hostile query costs no more than a legal one.
/// </summary>
public sealed class LcqlParser
{
    private const string OperatorCharacters = "=!~@<>";
    private readonly TextScanner _scanner;
    private readonly List<LcqlTerm> _terms = [];

    private LcqlParser(string text) => _scanner = new TextScanner(text);

    public static bool TryParse(string text, [NotNullWhen(true)] out LcqlQuery? query, [NotNullWhen(false)] out LcqlError? error)
    {
        var parser = new LcqlParser(text);
        try
        {
            query = parser.ParseQuery();
            error = null;
            return true;
        }
        catch (TextScanner.SyntaxErrorException exception)
        {
            query = null;
            error = new LcqlError(exception.Error, ExceedsLimit: false);
            return false;
        }
        catch (LimitExceededException exception)
        {
            query = null;
            error = new LcqlError(exception.Error, ExceedsLimit: true);
            return false;
        }
    }

    private bool AtEnd => _scanner.AtEnd;

    private char Current => _scanner.Current;

    private int Position => _scanner.Position;

    private LcqlQuery ParseQuery()
    {
        SkipWhitespace();
        if (AtEnd)
        {
            return LcqlQuery.Empty;
        }

        var root = ParseOr(depth: 0);
        SkipWhitespace();
        if (!AtEnd)
        {
            throw Current == ')'
                ? Error(Position, "Unbalanced parenthesis: this ')' closes no '('.")
                : Error(Position, $"Unexpected '{Current}'.");
        }

        return new LcqlQuery(root, _terms);
    }

    private LcqlExpression ParseOr(int depth)
    {
        var start = Position;
        var operands = new List<LcqlExpression> { ParseAnd(depth) };
        while (TryKeywordAfterWhitespace("OR"))
        {
            operands.Add(ParseAnd(depth));
        }

        return operands.Count == 1 ? operands[0] : new LcqlAny(operands, start);
    }

    private LcqlExpression ParseAnd(int depth)
    {
        var start = Position;
        var operands = new List<LcqlExpression> { ParseUnary(depth) };
        while (true)
        {
            var before = Position;
            SkipWhitespace();
            if (AtEnd || Current == ')' || AtKeyword("OR"))
            {
                _scanner.Rewind(before);
                break;
            }

            if (AtKeyword("AND"))
            {
                ReadKeyword("AND");
            }

            operands.Add(ParseUnary(depth));
        }

        return operands.Count == 1 ? operands[0] : new LcqlAll(operands, start);
    }

    private LcqlExpression ParseUnary(int depth)
    {
        RequireOperand();
        var start = Position;
        if (AtKeyword("NOT") || Current == '-')
        {
            if (Current == '-')
            {
                _scanner.Advance();
                if (AtEnd || char.IsWhiteSpace(Current))
                {
                    throw Error(start, "A '-' negates the term right after it; write -term without a space.");
                }
            }
            else
            {
                ReadKeyword("NOT");
            }

            RequireOperand();
            if (AtKeyword("NOT") || Current == '-')
            {
                throw Error(Position, "A term is negated at most once; two negations cancel out.");
            }

            return new LcqlNot(ParseUnary(depth), start);
        }

        if (Current == '(')
        {
            return ParseGroup(depth + 1);
        }

        return ParseTerm();
    }

    private LcqlExpression ParseGroup(int depth)
    {
        var start = Position;
        if (depth > LcqlSchema.MaxDepth)
        {
            throw new LimitExceededException(new SyntaxError(start, $"A query has at most {LcqlSchema.MaxDepth} levels of parentheses."));
        }

        _scanner.Advance();
        SkipWhitespace();
        if (!AtEnd && Current == ')')
        {
            throw Error(start, "Empty parentheses: put a term between them.");
        }

        var inner = ParseOr(depth);
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error(start, "Unbalanced parenthesis: this '(' is never closed.");
        }

        _scanner.Advance();
        RequireBoundary();
        return inner;
    }

    /// <summary>Fails where an operand should start but the query ends, closes a group or has a pipe.</summary>
    private void RequireOperand()
    {
        if (AtEnd)
        {
            throw Error(Position, "Expected a term.");
        }

        if (Current == ')')
        {
            throw Error(Position, "Expected a term before ')'.");
        }

        if (AtKeyword("AND") || AtKeyword("OR"))
        {
            throw Error(Position, "Expected a term before AND / OR.");
        }

        if (Current == '|' && (Position + 1 >= _scanner.Text.Length || char.IsWhiteSpace(_scanner.Text[Position + 1])))
        {
            throw Error(Position, "LCQL has no pipes: '|' cannot follow a query (aggregations such as '| count' are not part of the language).");
        }
    }

    private LcqlTerm ParseTerm()
    {
        var start = Position;
        if (_terms.Count == LcqlSchema.MaxTerms)
        {
            throw new LimitExceededException(new SyntaxError(start, $"A query has at most {LcqlSchema.MaxTerms} terms."));
        }

        LcqlTerm term = Current == '"' ? new LcqlTextTerm(_scanner.ReadQuoted(), IsPhrase: true, start) : ParseComparisonOrWord(start);
        RequireBoundary();
        _terms.Add(term);
        return term;
    }

    private LcqlTerm ParseComparisonOrWord(int start)
    {
        var name = ReadWhile(IsFieldCharacter);
        var afterName = Position;
        SkipWhitespace();
        if (!AtEnd && OperatorCharacters.Contains(Current))
        {
            var field = ParseField(name, start);
            var @operator = ReadOperator();
            SkipWhitespace();
            return new LcqlFieldTerm(field, @operator, ReadValues(), start);
        }

        _scanner.Rewind(afterName);
        if (!AtEnd && Current == ':' && name.Length > 0 && LcqlSchema.KindOf(FieldOf(name)) is not null)
        {
            var written = ReadWhile(IsWordCharacter);
            throw Error(afterName, $"'{name}' is a field: compare it with an operator (did you mean {name}={written[1..]}?).");
        }

        var rest = ReadWhile(IsWordCharacter);
        if (!AtEnd && Current == '"')
        {
            throw Error(Position, "A quote may only start a phrase or a value.");
        }

        return new LcqlTextTerm(name + rest, IsPhrase: false, start);
    }

    /// <summary>After a term or group: a space, a closing parenthesis or the end.</summary>
    private void RequireBoundary()
    {
        if (!AtEnd && !char.IsWhiteSpace(Current) && Current != ')')
        {
            throw Error(Position, $"Expected a space between terms, found '{Current}'.");
        }
    }

    private static LcqlField FieldOf(string name) => new(name, name.Split('.'), 0);

    private static LcqlField ParseField(string name, int start)
    {
        if (name.Length == 0)
        {
            throw Error(start, "Expected a field name before the operator.");
        }

        var path = name.Split('.');
        if (Array.Exists(path, segment => segment.Length == 0))
        {
            throw Error(start, $"'{name}' has an empty path segment.");
        }

        return new LcqlField(name, path, start);
    }

    private LcqlOperator ReadOperator()
    {
        var start = Position;
        var symbol = ReadWhile(character => OperatorCharacters.Contains(character));
        return symbol switch
        {
            "=" => LcqlOperator.Equal,
            "!=" => LcqlOperator.NotEqual,
            "~" => LcqlOperator.Contains,
            "!~" => LcqlOperator.NotContains,
            "@" => LcqlOperator.FullText,
            "<" => LcqlOperator.Less,
            ">" => LcqlOperator.Greater,
            "<=" => LcqlOperator.LessOrEqual,
            ">=" => LcqlOperator.GreaterOrEqual,
            _ => throw Error(start, $"'{symbol}' is not an operator; use = != ~ !~ @ < > <= >=."),
        };
    }

    private List<LcqlValue> ReadValues()
    {
        var values = new List<LcqlValue> { ReadValue() };
        while (!AtEnd && Current == ',')
        {
            if (values.Count == LcqlSchema.MaxValuesPerTerm)
            {
                throw new LimitExceededException(new SyntaxError(Position, $"A term has at most {LcqlSchema.MaxValuesPerTerm} comma-separated values."));
            }

            _scanner.Advance();
            values.Add(ReadValue());
        }

        return values;
    }

    private LcqlValue ReadValue()
    {
        var start = Position;
        if (!AtEnd && Current == '"')
        {
            return new LcqlValue(_scanner.ReadQuoted(), Quoted: true, start);
        }

        var text = ReadWhile(character => IsWordCharacter(character) && character != ',');
        if (text.Length == 0)
        {
            throw Error(start, "Expected a value.");
        }

        if (!AtEnd && Current == '"')
        {
            throw Error(Position, "A quote may only start a value.");
        }

        return new LcqlValue(text, Quoted: false, start);
    }

    /// <summary>Whether the scanner stands on <paramref name="keyword"/> as a whole word (not a field named so).</summary>
    private bool AtKeyword(string keyword)
    {
        var text = _scanner.Text;
        var end = Position + keyword.Length;
        if (end > text.Length || string.CompareOrdinal(text, Position, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        if (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '(')
        {
            return false;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next >= text.Length || !OperatorCharacters.Contains(text[next]);
    }

    private void ReadKeyword(string keyword)
    {
        _scanner.Advance(keyword.Length);
        SkipWhitespace();
    }

    /// <summary>Consumes whitespace and <paramref name="keyword"/> when they come next; otherwise leaves the position alone.</summary>
    private bool TryKeywordAfterWhitespace(string keyword)
    {
        var before = Position;
        SkipWhitespace();
        if (Position > before && AtKeyword(keyword))
        {
            ReadKeyword(keyword);
            return true;
        }

        _scanner.Rewind(before);
        return false;
    }

    private string ReadWhile(Func<char, bool> accept) => _scanner.ReadWhile(accept);

    private void SkipWhitespace() => _scanner.SkipWhitespace();

    private static bool IsFieldCharacter(char character) => char.IsLetterOrDigit(character) || character is '_' or '.' or '-';

    /// <summary>What a bare word or value may hold: anything but spaces, quotes and parentheses.</summary>
    private static bool IsWordCharacter(char character) => !char.IsWhiteSpace(character) && character is not ('"' or '(' or ')');

    private static TextScanner.SyntaxErrorException Error(int position, string message) => TextScanner.Fail(position, message);

    private sealed class LimitExceededException(SyntaxError error) : Exception(error.Message)
    {
        public SyntaxError Error { get; } = error;
    }
}
