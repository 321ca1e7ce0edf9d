using System.Globalization;
using System.Text.Json.Nodes;

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
    /// A JSON value for a logged value: strings, booleans and finite numbers as themselves, instants as RFC 3339 UTC
    /// text, anything else as its invariant text.
    /// </summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag,
        int number => number,
        long number => number,
        short number => number,
        byte number => number,
        uint number => number,
        ulong number => number,
        double number when double.IsFinite(number) => number,
        float number when float.IsFinite(number) => number,
        decimal number => number,
        DateTimeOffset instant => Rfc3339Converter.ToText(instant),
        DateTime instant => Rfc3339Converter.ToText(new DateTimeOffset(instant.ToUniversalTime(), TimeSpan.Zero)),
        Guid id => id.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary><c>{type, message, detail}</c> of an exception, <c>detail</c> (its full text with stack trace) cut to <paramref name="maxDetailLength"/> characters.</summary>
    public static JsonObject Exception(Exception exception, int maxDetailLength)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var detail = exception.ToString();
        return new JsonObject
        {
            ["type"] = exception.GetType().FullName,
            ["message"] = exception.Message,
            ["detail"] = detail.Length <= maxDetailLength ? detail : detail[..Math.Max(0, maxDetailLength)],
        };
    }
}
