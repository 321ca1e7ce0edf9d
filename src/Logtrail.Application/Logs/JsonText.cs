using System.Text.Json;

namespace Logtrail.Application.Logs;

/// <summary>What PostgreSQL can store of JSON text: no NUL characters and no unpaired surrogates.</summary>
public static class JsonText
{
    /// <summary>The string value, when <paramref name="element"/> is a string PostgreSQL can store.</summary>
    public static bool TryGetString(JsonElement element, out string text)
    {
        text = "";
        if (element.ValueKind != JsonValueKind.String || Decode(element.GetString) is not { } value || !IsStorable(value))
        {
            return false;
        }

        text = value;
        return true;
    }

    /// <summary>Nesting depth, the value itself being level 1.</summary>
    public static int Depth(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 1 + element.EnumerateObject().Select(property => Depth(property.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + element.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    /// <summary>True when every string and property name inside <paramref name="element"/> can be stored.</summary>
    public static bool IsStorable(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().All(property =>
            Decode(() => property.Name) is { } name && IsStorable(name) && IsStorable(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(IsStorable),
        JsonValueKind.String => TryGetString(element, out _),
        _ => true,
    };

    /// <summary>
    /// Decodes escaped JSON text; null when the escapes make no valid UTF-16 (System.Text.Json refuses to transcode
    /// an unpaired surrogate escape such as <c>\ud800</c>), which makes the value unstorable rather than an error.
    /// </summary>
    private static string? Decode(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsStorable(string text)
    {
        if (text.Contains('\0'))
        {
            return false;
        }

        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return false;
            }
        }

        return true;
    }
}
