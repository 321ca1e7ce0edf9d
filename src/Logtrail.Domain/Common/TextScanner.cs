using System.Text;

namespace Logtrail.Domain.Common;

/// <summary>
/// A cursor over the text of a small language, shared by the LCQL and template parsers: reading runs of characters,
/// double-quoted strings (<c>\"</c> and <c>\\</c> are the only escapes) and failing at a position.
/// </summary>
public sealed class TextScanner(string text)
{
    public string Text { get; } = text;

    public int Position { get; private set; }

    public bool AtEnd => Position >= Text.Length;

    public char Current => Text[Position];

    /// <summary>Whether the scanner stands on <paramref name="character"/>.</summary>
    public bool At(char character) => !AtEnd && Current == character;

    public void Advance(int count = 1) => Position += count;

    /// <summary>Goes back to an earlier <see cref="Position"/> (after looking ahead).</summary>
    public void Rewind(int position) => Position = position;

    public string ReadWhile(Func<char, bool> accept)
    {
        var start = Position;
        while (!AtEnd && accept(Current))
        {
            Position++;
        }

        return Text[start..Position];
    }

    public void SkipWhitespace() => ReadWhile(char.IsWhiteSpace);

    /// <summary>Reads the double-quoted string the scanner stands on.</summary>
    public string ReadQuoted()
    {
        var start = Position;
        Position++;
        var value = new StringBuilder();
        while (!AtEnd)
        {
            var character = Current;
            if (character == '"')
            {
                Position++;
                return value.ToString();
            }

            if (character == '\\')
            {
                if (Position + 1 >= Text.Length || Text[Position + 1] is not ('"' or '\\'))
                {
                    throw Fail(Position, "Only \\\" and \\\\ may be escaped.");
                }

                value.Append(Text[Position + 1]);
                Position += 2;
                continue;
            }

            value.Append(character);
            Position++;
        }

        throw Fail(start, "The quoted string is not closed.");
    }

    public static SyntaxErrorException Fail(int position, string message) => new(new SyntaxError(position, message));

    /// <summary>Unwinds a parse to its entry point, which turns it into a <see cref="SyntaxError"/> result.</summary>
    public sealed class SyntaxErrorException(SyntaxError error) : Exception(error.Message)
    {
        public SyntaxError Error { get; } = error;
    }
}
