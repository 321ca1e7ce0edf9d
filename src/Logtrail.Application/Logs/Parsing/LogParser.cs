using System.Text;
using System.Text.Json;
using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;

namespace Logtrail.Application.Logs.Parsing;

/// <summary>
/// Parses one log's JSON text into a <see cref="ParsedLog"/> in a single forward pass: each known field into its
/// type, each object into a raw slice with its depth, and every string and number inside checked against what
/// PostgreSQL can store (no NUL, no unpaired surrogate, numbers within <c>numeric</c>), problems named by their path
/// (<c>metadata.items[2].n</c>). Text that is not JSON at all throws <see cref="JsonException"/>.
/// </summary>
public static class LogParser
{
    /// <summary>Deeper JSON than this is refused as malformed, whatever the plan.</summary>
    public const int MaxJsonDepth = 64;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxJsonDepth };

    public static ParsedLog Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Options);
        var log = new ParsedLog(json.Length);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            log.IsObject = false;
            log.Fail("", "A log must be a JSON object.");
        }
        else
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = ReadName(ref reader, "", log);
                log.AddFieldName(name);
                reader.Read();
                ReadField(ref reader, json, name, log);
            }
        }

        if (reader.Read())
        {
            throw new JsonException("Unexpected data after the log's JSON value.");
        }

        return log;
    }

    private static void ReadField(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string name, ParsedLog log)
    {
        switch (name)
        {
            case LogFields.Action:
                log.Action = ReadText(ref reader, name, log);
                break;
            case LogFields.Level:
                if (ReadText(ref reader, name, log) is { } level)
                {
                    if (Levels.TryParse(level, out var parsed))
                    {
                        log.Level = parsed;
                    }
                    else
                    {
                        log.Fail(name, $"'{name}' must be one of {string.Join(", ", Levels.WireNames)}.");
                    }
                }

                break;
            case LogFields.ClientTimestamp or LogFields.ClientTimestampSnakeCase:
                if (name == LogFields.ClientTimestampSnakeCase && log.Names(LogFields.ClientTimestamp))
                {
                    reader.Skip();
                    break;
                }

                log.ClientTimestampField = name;
                log.ClientTimestamp = ReadInstant(ref reader, name, log);
                break;
            case LogFields.ServerTimestamp:
                log.ServerTimestamp = ReadPlainString(ref reader) is { } stamp && Rfc3339.TryParse(stamp, out var serverTimestamp) ? serverTimestamp : null;
                break;
            case LogFields.Message:
                log.Message = ReadText(ref reader, name, log);
                break;
            case LogFields.Environment:
                log.NamedEnvironment = ReadText(ref reader, name, log);
                break;
            case LogFields.Id:
                log.Id = ReadPlainString(ref reader);
                break;
            case LogFields.Tags:
                ReadTags(ref reader, log);
                break;
            case LogFields.Actor:
                log.Actor = ReadObject(ref reader, json, name, log);
                break;
            case LogFields.Target:
                log.Target = ReadObject(ref reader, json, name, log);
                break;
            case LogFields.Context:
                log.Context = ReadObject(ref reader, json, name, log);
                break;
            case LogFields.Metadata:
                log.Metadata = ReadObject(ref reader, json, name, log);
                break;
            case LogFields.IsPublic:
                log.IsPublic = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    JsonTokenType.Null => null,
                    _ => FailAndSkip<bool?>(ref reader, name, $"'{name}' must be a boolean.", log),
                };
                break;
            default:
                reader.Skip();
                break;
        }
    }

    /// <summary>A string field's value; null (with a problem unless it was JSON null) when it is not storable text.</summary>
    private static string? ReadText(ref Utf8JsonReader reader, string field, ParsedLog log) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => DecodeString(ref reader, field, log),
        _ => FailAndSkip<string>(ref reader, field, $"'{field}' must be a string, not {Describe(reader.TokenType)}.", log),
    };

    /// <summary>
    /// A field ingestion ignores and historical import reads: its text when it is a string of valid Unicode, else
    /// null and no problem (import decides what a missing value means).
    /// </summary>
    private static string? ReadPlainString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        return Decode(ref reader, out _);
    }

    private static DateTimeOffset? ReadInstant(ref Utf8JsonReader reader, string field, ParsedLog log)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
        {
            return FailAndSkip<DateTimeOffset?>(
                ref reader, field, $"'{field}' must be a string holding an RFC 3339 timestamp (e.g. 2026-11-23T10:00:00Z), not {Describe(reader.TokenType)}.", log);
        }

        if (ReadText(ref reader, field, log) is not { } text)
        {
            return null;
        }

        if (Rfc3339.TryParse(text, out var instant))
        {
            return instant;
        }

        log.Fail(field, $"'{field}' must be an RFC 3339 timestamp, e.g. 2026-11-23T10:00:00Z.");
        return null;
    }

    private static void ReadTags(ref Utf8JsonReader reader, ParsedLog log)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            FailAndSkip<object>(ref reader, LogFields.Tags, $"'{LogFields.Tags}' must be an array of strings.", log);
            return;
        }

        var tags = new List<string>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var field = $"{LogFields.Tags}[{index}]";
            if (reader.TokenType == JsonTokenType.String)
            {
                if (DecodeString(ref reader, field, log) is { } tag)
                {
                    tags.Add(tag);
                }
            }
            else
            {
                FailAndSkip<object>(ref reader, field, $"Each tag must be a string, not {Describe(reader.TokenType)}.", log);
            }

            index++;
        }

        log.Tags = tags;
    }

    private static JsonSlice? ReadObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string field, ParsedLog log)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return FailAndSkip<JsonSlice>(ref reader, field, $"'{field}' must be a JSON object, not {Describe(reader.TokenType)}.", log);
        }

        var start = (int)reader.TokenStartIndex;
        var problems = log.Problems.Count;
        var depth = CheckValue(ref reader, field, log);
        return log.Problems.Count > problems ? null : new JsonSlice(Encoding.UTF8.GetString(json[start..(int)reader.BytesConsumed]), depth);
    }

    /// <summary>
    /// Walks the value the reader is on (leaving it on the value's last token), checking every string, property name
    /// and number inside; returns its depth (an object or array = 1 + its deepest child, a scalar = 0).
    /// </summary>
    private static int CheckValue(ref Utf8JsonReader reader, string path, ParsedLog log)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var deepest = 0;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = ReadName(ref reader, path, log);
                    reader.Read();
                    deepest = Math.Max(deepest, CheckValue(ref reader, $"{path}.{name}", log));
                }

                return 1 + deepest;
            }

            case JsonTokenType.StartArray:
            {
                var deepest = 0;
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    deepest = Math.Max(deepest, CheckValue(ref reader, $"{path}[{index++}]", log));
                }

                return 1 + deepest;
            }

            case JsonTokenType.String:
                DecodeString(ref reader, path, log);
                return 0;
            case JsonTokenType.Number:
                if (!PostgresNumeric.Fits(reader.ValueSpan))
                {
                    log.Fail(path, $"'{path}' is a number outside the range PostgreSQL can store "
                                   + $"(at most {PostgresNumeric.MaxIntegerDigits} digits before the decimal point and {PostgresNumeric.MaxFractionDigits} after).");
                }

                return 0;
            default:
                return 0;
        }
    }

    /// <summary>A property name; one that cannot be stored is reported at <paramref name="parent"/> and read as "?".</summary>
    private static string ReadName(ref Utf8JsonReader reader, string parent, ParsedLog log) =>
        !reader.ValueIsEscaped ? reader.GetString()! : DecodeString(ref reader, parent.Length == 0 ? "(field name)" : parent, log) ?? "?";

    /// <summary>The string's text, or null with a problem at <paramref name="field"/> when PostgreSQL cannot store it.</summary>
    private static string? DecodeString(ref Utf8JsonReader reader, string field, ParsedLog log)
    {
        var text = Decode(ref reader, out var problem);
        if (problem is not null)
        {
            log.Fail(field, $"'{field}' {problem}");
        }

        return text;
    }

    /// <summary>
    /// The string's text, or null and why PostgreSQL cannot store it. Only escaped strings need the check: raw JSON
    /// strings hold neither NUL (control characters must be escaped) nor surrogates (invalid UTF-8).
    /// </summary>
    private static string? Decode(ref Utf8JsonReader reader, out string? problem)
    {
        problem = null;
        if (!reader.ValueIsEscaped)
        {
            return reader.GetString();
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to transcode an escaped unpaired surrogate such as \ud800.
            problem = "contains an unpaired UTF-16 surrogate escape (such as \\ud800), which is not valid Unicode text.";
            return null;
        }

        if (text.Contains('\0'))
        {
            problem = "contains a NUL character (\\u0000), which cannot be stored.";
            return null;
        }

        return text;
    }

    private static T? FailAndSkip<T>(ref Utf8JsonReader reader, string field, string message, ParsedLog log)
    {
        reader.Skip();
        log.Fail(field, message);
        return default;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        _ => "null",
    };
}
