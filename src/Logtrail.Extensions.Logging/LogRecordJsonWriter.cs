using System.Text.Json;
using Logtrail.Client;
using Logtrail.Client.Batching;
using Microsoft.Extensions.Logging;

namespace Logtrail.Extensions.Logging;

/// <summary>
/// Writes a captured <c>ILogger</c> call as a Logtrail log, straight into the request's JSON: level → <c>level</c>;
/// <c>EventId.Name</c>, else the category → <c>action</c>; the formatted message → <c>message</c>; the state's named
/// values → <c>metadata</c> (the exception too, as <c>metadata.exception</c>); scopes, the event id and — when an event
/// name is the action — the category → <c>context</c>, and the message template too when asked for. A log with none of
/// these has no <c>context</c>. A name given twice keeps its last value: an inner scope's wins over an outer one's and
/// over the category, event id and template; the exception wins over a value named <c>exception</c>. One per sending
/// loop: it reuses its scratch lists from log to log.
/// </summary>
internal sealed class LogRecordJsonWriter(int maxExceptionLength, bool includeMessageTemplate)
{
    private const string OriginalFormat = "{OriginalFormat}";
    private const string ExceptionField = "exception";

    private readonly List<KeyValuePair<string, object?>> _values = [];
    private readonly List<KeyValuePair<string, object?>> _scopeValues = [];
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public void Write(Utf8JsonWriter writer, LogtrailLogRecord record)
    {
        var named = record.EventId.Name is { Length: > 0 };
        LogFields.WriteStart(writer, named ? record.EventId.Name! : record.Category, LevelOf(record.Level), record.Timestamp, record.Message());
        CopyValues(record.Properties(), _values);
        WriteMetadata(writer, record.Exception);
        WriteContext(writer, record, writeCategory: named || record.Category.Length > LogFields.MaxActionLength);
        writer.WriteEndObject();
    }

    /// <summary>The state's values but the template (and the exception), newest first so that the last of a name wins.</summary>
    private void WriteMetadata(Utf8JsonWriter writer, Exception? exception)
    {
        if (exception is null && !_values.Exists(pair => pair.Key != OriginalFormat))
        {
            return;
        }

        writer.WriteStartObject("metadata"u8);
        _written.Clear();
        if (exception is not null)
        {
            writer.WritePropertyName(ExceptionField);
            LogFields.WriteException(writer, exception, maxExceptionLength);
            _written.Add(ExceptionField);
        }

        WriteNewestFirst(writer, _values);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The category only where the action is not already the category (an event name is, or the category was cut to
    /// fit the action), so that no log carries it twice.
    /// </summary>
    private void WriteContext(Utf8JsonWriter writer, LogtrailLogRecord record, bool writeCategory)
    {
        var template = includeMessageTemplate ? _values.FindLastIndex(pair => pair.Key == OriginalFormat) : -1;
        if (record.Scopes is null && !writeCategory && record.EventId.Id == 0 && template < 0)
        {
            return;
        }

        writer.WriteStartObject("context"u8);
        _written.Clear();
        if (record.Scopes is { } scopes)
        {
            WriteScopes(writer, scopes);
        }

        if (writeCategory && _written.Add("category"))
        {
            writer.WriteString("category"u8, record.Category);
        }

        if (record.EventId.Id != 0 && _written.Add("event_id"))
        {
            writer.WriteNumber("event_id"u8, record.EventId.Id);
        }

        if (template >= 0 && _written.Add("message_template"))
        {
            writer.WritePropertyName("message_template"u8);
            LogFields.WriteValue(writer, _values[template].Value as string);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Scopes with named values (dictionaries, message templates) add those values, the innermost scope's winning;
    /// the others go, outermost first, into <c>scopes</c>.
    /// </summary>
    private void WriteScopes(Utf8JsonWriter writer, List<object?> scopes)
    {
        if (scopes.Exists(scope => scope is not (null or IEnumerable<KeyValuePair<string, object?>>)))
        {
            writer.WriteStartArray("scopes"u8);
            foreach (var scope in scopes)
            {
                if (scope is not (null or IEnumerable<KeyValuePair<string, object?>>))
                {
                    LogFields.WriteValue(writer, scope);
                }
            }

            writer.WriteEndArray();
            _written.Add("scopes");
        }

        for (var index = scopes.Count - 1; index >= 0; index--)
        {
            if (scopes[index] is IEnumerable<KeyValuePair<string, object?>> values)
            {
                CopyValues(values, _scopeValues);
                WriteNewestFirst(writer, _scopeValues);
            }
        }
    }

    /// <summary>Each name not written yet, from the last pair back, skipping the message template.</summary>
    private void WriteNewestFirst(Utf8JsonWriter writer, List<KeyValuePair<string, object?>> values)
    {
        for (var index = values.Count - 1; index >= 0; index--)
        {
            var (key, value) = values[index];
            if (key is not (null or OriginalFormat) && _written.Add(key))
            {
                writer.WritePropertyName(key);
                LogFields.WriteValue(writer, value);
            }
        }
    }

    /// <summary>Copies the pairs once: a logging state's indexer boxes its values anew on every read.</summary>
    private static void CopyValues(IEnumerable<KeyValuePair<string, object?>>? values, List<KeyValuePair<string, object?>> into)
    {
        into.Clear();
        if (values is IReadOnlyList<KeyValuePair<string, object?>> list)
        {
            for (var index = 0; index < list.Count; index++)
            {
                into.Add(list[index]);
            }
        }
        else if (values is not null)
        {
            into.AddRange(values);
        }
    }

    private static LogtrailLevel LevelOf(LogLevel level) => level switch
    {
        LogLevel.Trace => LogtrailLevel.Trace,
        LogLevel.Debug => LogtrailLevel.Debug,
        LogLevel.Information => LogtrailLevel.Info,
        LogLevel.Warning => LogtrailLevel.Warn,
        LogLevel.Error => LogtrailLevel.Error,
        _ => LogtrailLevel.Fatal,
    };
}
