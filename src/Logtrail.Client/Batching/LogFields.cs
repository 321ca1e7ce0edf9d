using System.Globalization;
using System.Text.Json;

namespace Logtrail.Client.Batching;

/// <summary>How the logging integrations turn .NET values into a log's JSON fields, the same way for every framework.</summary>
public static class LogFields
{
    /// <summary>The longest <c>action</c> the service accepts.</summary>
    public const int MaxActionLength = 128;

    /// <summary><paramref name="action"/>, cut to <see cref="MaxActionLength"/> characters.</summary>
    public static string Action(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Length > MaxActionLength ? action[..MaxActionLength] : action;
    }

    /// <summary>
    /// Opens a log's JSON object and writes its <c>action</c> (cut to <see cref="MaxActionLength"/>), <c>level</c>,
    /// <c>client_timestamp</c> and, when not null, <c>message</c>. The caller adds <c>context</c>, <c>metadata</c>
    /// or other fields of <see cref="LogEvent"/> and closes the object.
    /// </summary>
    public static void WriteStart(Utf8JsonWriter writer, string action, LogtrailLevel level, DateTimeOffset clientTimestamp, string? message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("action"u8, Action(action));
        writer.WriteString("level"u8, LevelName(level));
        writer.WritePropertyName("client_timestamp"u8);
        Rfc3339Converter.WriteValue(writer, clientTimestamp.UtcDateTime);
        if (message is not null)
        {
            writer.WriteString("message"u8, message);
        }
    }

    /// <summary>
    /// Writes a logged value: strings, booleans and finite numbers as themselves, instants as RFC 3339 UTC text,
    /// anything else as its invariant text (a value whose own formatting throws as text saying so).
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case short number:
                writer.WriteNumberValue(number);
                break;
            case byte number:
                writer.WriteNumberValue(number);
                break;
            case uint number:
                writer.WriteNumberValue(number);
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case DateTimeOffset instant:
                Rfc3339Converter.WriteValue(writer, instant.UtcDateTime);
                break;
            case DateTime instant:
                Rfc3339Converter.WriteValue(writer, instant.ToUniversalTime());
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            default:
                writer.WriteStringValue(TextOf(value));
                break;
        }
    }

    /// <summary>
    /// Writes <c>{type, message, detail}</c> of an exception, <c>detail</c> (its full text with stack trace) cut to
    /// <paramref name="maxDetailLength"/> characters (never in the middle of a surrogate pair).
    /// </summary>
    public static void WriteException(Utf8JsonWriter writer, Exception exception, int maxDetailLength)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(exception);
        writer.WriteStartObject();
        writer.WriteString("type"u8, exception.GetType().FullName);
        writer.WriteString("message"u8, MessageOf(exception));
        writer.WriteString("detail"u8, Cut(DetailOf(exception), maxDetailLength));
        writer.WriteEndObject();
    }

    private static ReadOnlySpan<byte> LevelName(LogtrailLevel level) => level switch
    {
        LogtrailLevel.Trace => "trace"u8,
        LogtrailLevel.Debug => "debug"u8,
        LogtrailLevel.Info => "info"u8,
        LogtrailLevel.Warn => "warn"u8,
        LogtrailLevel.Error => "error"u8,
        _ => "fatal"u8,
    };

    /// <summary>At most <paramref name="maxLength"/> characters of <paramref name="text"/>, never ending in half a surrogate pair.</summary>
    private static ReadOnlySpan<char> Cut(string text, int maxLength)
    {
        var length = Math.Clamp(maxLength, 0, text.Length);
        if (length < text.Length && length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text.AsSpan(0, length);
    }

    // A value's or an exception's own code runs here (ToString, Message): when it throws, the log still goes out,
    // saying so, instead of failing its whole batch.
    private static string? TextOf(object value) => Safely(
        value, static value => value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString());

    private static string MessageOf(Exception exception) => Safely(exception, static exception => exception.Message) ?? "";

    private static string DetailOf(Exception exception) => Safely(exception, static exception => exception.ToString()) ?? "";

    private static string? Safely<T>(T value, Func<T, string?> text)
    {
        try
        {
            return text(value);
        }
        catch (Exception failure)
        {
            // Deliberately broad: whatever the value's own code throws becomes the text that says so.
            return $"(could not be turned into text: {failure.GetType().Name}: {failure.Message})";
        }
    }
}
