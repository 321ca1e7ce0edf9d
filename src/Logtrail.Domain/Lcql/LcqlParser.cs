using System.Diagnostics.CodeAnalysis;
using Logtrail.Domain.Common;

namespace Logtrail.Domain.Lcql;

/// <summary>
/// Reads LCQL (grammar in <c>docs/lcql.md</c>). Hand-written: the language is a flat list of space-separated terms,
/// and a scanner this size reports exact error positions more simply than a combinator library would.
/// </summary>
public sealed class LcqlParser
{
    private const string OperatorCharacters = "=!~@<>";
    private readonly TextScanner _scanner;

    private LcqlParser(string text) => _scanner = new TextScanner(text);

    public static bool TryParse(string text, [NotNullWhen(true)] out LcqlQuery? query, [NotNullWhen(false)] out SyntaxError? error)
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
            error = exception.Error;
            return false;
        }
    }

    private bool AtEnd => _scanner.AtEnd;

    private char Current => _scanner.Current;

    private LcqlQuery ParseQuery()
    {
        var terms = new List<LcqlTerm>();
        SkipWhitespace();
        while (!AtEnd)
        {
            terms.Add(ParseTerm());
            if (!AtEnd && !char.IsWhiteSpace(Current))
            {
                throw Error(_scanner.Position, $"Expected a space between terms, found '{Current}'.");
            }

            SkipWhitespace();
        }

        return new LcqlQuery(terms);
    }

    private LcqlTerm ParseTerm()
    {
        var start = _scanner.Position;
        if (Current == '"')
        {
            return new LcqlTextTerm(ReadQuoted(), IsPhrase: true, start);
        }

        var name = ReadWhile(IsFieldCharacter);
        if (!AtEnd && OperatorCharacters.Contains(Current))
        {
            var field = ParseField(name, start);
            var @operator = ReadOperator();
            return new LcqlFieldTerm(field, @operator, ReadValues(), start);
        }

        var rest = ReadWhile(character => !char.IsWhiteSpace(character) && character != '"');
        if (!AtEnd && Current == '"')
        {
            throw Error(_scanner.Position, "A quote may only start a phrase or a value.");
        }

        return new LcqlTextTerm(name + rest, IsPhrase: false, start);
    }

    private static LcqlField ParseField(string name, int start)
    {
        if (name.Length == 0)
        {
            throw Error(start, "Expected a field name before the operator.");
        }

        var path = name.Split('.');
        var empty = Array.FindIndex(path, segment => segment.Length == 0);
        if (empty >= 0)
        {
            throw Error(start, $"'{name}' has an empty path segment.");
        }

        return new LcqlField(name, path, start);
    }

    private LcqlOperator ReadOperator()
    {
        var start = _scanner.Position;
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
            _scanner.Advance();
            values.Add(ReadValue());
        }

        return values;
    }

    private LcqlValue ReadValue()
    {
        var start = _scanner.Position;
        if (!AtEnd && Current == '"')
        {
            return new LcqlValue(ReadQuoted(), Quoted: true, start);
        }

        var text = ReadWhile(character => !char.IsWhiteSpace(character) && character is not (',' or '"'));
        if (text.Length == 0)
        {
            throw Error(start, "Expected a value.");
        }

        if (!AtEnd && Current == '"')
        {
            throw Error(_scanner.Position, "A quote may only start a value.");
        }

        return new LcqlValue(text, Quoted: false, start);
    }

    private string ReadQuoted() => _scanner.ReadQuoted();

    private string ReadWhile(Func<char, bool> accept) => _scanner.ReadWhile(accept);

    private void SkipWhitespace() => _scanner.SkipWhitespace();

    private static bool IsFieldCharacter(char character) => char.IsLetterOrDigit(character) || character is '_' or '.' or '-';

    private static TextScanner.SyntaxErrorException Error(int position, string message) => TextScanner.Fail(position, message);
}
