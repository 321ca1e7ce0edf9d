using System.Text.Json.Nodes;
using Logtrail.Client;
using Logtrail.Client.Batching;
using Microsoft.Extensions.Logging;

namespace Logtrail.Extensions.Logging;

/// <summary>
/// Turns a captured <c>ILogger</c> call into a Logtrail log: level → <c>level</c>; <c>EventId.Name</c>, else the
/// category → <c>action</c>; the formatted message → <c>message</c>; the state's named values → <c>metadata</c>
/// (the exception too, as <c>metadata.exception</c>); category, event id, message template and scopes → <c>context</c>.
/// </summary>
internal sealed class LogRecordMapper(int maxExceptionLength)
{
    private const string OriginalFormat = "{OriginalFormat}";

    public LogEvent Map(LogtrailLogRecord record)
    {
        var action = record.EventId.Name is { Length: > 0 } name ? name : record.Category;
        var log = new LogEvent(LogFields.Action(action), LevelOf(record.Level))
        {
            ClientTimestamp = record.Timestamp,
            Message = record.Message(),
        };

        var context = new JsonObject { ["category"] = record.Category };
        if (record.EventId.Id != 0)
        {
            context["event_id"] = record.EventId.Id;
        }

        JsonObject? metadata = null;
        foreach (var (key, value) in record.Properties() ?? [])
        {
            if (key == OriginalFormat)
            {
                context["message_template"] = value as string;
            }
            else
            {
                (metadata ??= [])[key] = LogFields.ToJson(value);
            }
        }

        if (record.Exception is { } exception)
        {
            (metadata ??= [])["exception"] = LogFields.Exception(exception, maxExceptionLength);
        }

        if (record.Scopes is { } scopes)
        {
            AddScopes(context, scopes);
        }

        log.Context = context;
        log.Metadata = metadata;
        return log;
    }

    /// <summary>The warning a batch carries when the queue overflowed since the last one.</summary>
    public static LogEvent DropReport(long newlyDropped, long totalDropped) =>
        new(LogtrailLogQueue.DroppedAction, LogtrailLevel.Warn)
        {
            Message = $"The Logtrail logger queue was full: {newlyDropped} log(s) dropped, oldest first ({totalDropped} in all since start).",
            Metadata = new JsonObject { ["dropped"] = newlyDropped, ["total_dropped"] = totalDropped },
        };

    private static void AddScopes(JsonObject context, List<object?> scopes)
    {
        JsonArray? texts = null;
        foreach (var scope in scopes)
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    if (key != OriginalFormat)
                    {
                        context[key] = LogFields.ToJson(value);
                    }
                }
            }
            else if (scope is not null)
            {
                (texts ??= []).Add(scope.ToString());
            }
        }

        if (texts is not null)
        {
            context["scopes"] = texts;
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
