namespace Logtrail.Domain.Common;

/// <summary>
/// What text PostgreSQL can hold: no NUL character (its <c>text</c> and <c>jsonb</c> types refuse one) and no lone
/// UTF-16 surrogate (which has no UTF-8 form). Text from outside is checked against this before it reaches SQL.
/// </summary>
public static class StorableText
{
    public const string NulMessage = "must not contain the NUL character (\\u0000)";
    public const string LoneSurrogateMessage = "must not contain a lone UTF-16 surrogate (\\ud800–\\udfff without its pair)";

    /// <summary>Why <paramref name="text"/> cannot be stored, or null when it can.</summary>
    public static string? Problem(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0'))
        {
            return NulMessage;
        }

        for (var index = 0; index < text.Length; index++)
        {
            if (!char.IsSurrogate(text[index]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
                continue;
            }

            return LoneSurrogateMessage;
        }

        return null;
    }
}
