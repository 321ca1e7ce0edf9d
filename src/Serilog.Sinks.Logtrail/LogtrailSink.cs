using System.Globalization;
using System.Text.Json;
using Logtrail.Client;
using Logtrail.Client.Batching;
using Serilog.Core;
using Serilog.Events;
using SerilogEvent = Serilog.Events.LogEvent;

namespace Serilog.Sinks.Logtrail;

/// <summary>
/// A Serilog batched sink: Serilog queues and batches the events; each batch goes to Logtrail through a
/// <see cref="LogBatchSender"/> (bulk requests sized to the plan, idempotent retries). It never throws: what cannot
/// be delivered is counted in <see cref="Statistics"/>. Mapping: level → <c>level</c>; the <c>Action</c> property,
/// else <c>SourceContext</c>, else <c>serilog</c> → <c>action</c>; the rendered message → <c>message</c>; other
/// properties → <c>metadata</c> (the exception as <c>metadata.exception</c>); source context and message template →
/// <c>context</c>.
/// </summary>
public sealed class LogtrailSink : IBatchedLogEventSink, IDisposable
{
    /// <summary>The property whose text, when present, becomes the log's <c>action</c>.</summary>
    public const string ActionProperty = "Action";

    private const string SourceContext = "SourceContext";
    private const string ExceptionField = "exception";
    private const int MaxExceptionLength = 1_000;

    private readonly LogBatchSender _sender;
    private readonly LogtrailClient? _ownedClient;

    /// <summary>A sink sending through <paramref name="client"/>.</summary>
    /// <param name="client">The client.</param>
    /// <param name="ownsClient">Whether disposing the sink disposes the client.</param>
    /// <param name="maxBatchSize">At most this many logs per request (the plan's maximum when null or larger).</param>
    public LogtrailSink(LogtrailClient client, bool ownsClient, int? maxBatchSize)
    {
        ArgumentNullException.ThrowIfNull(client);
        _sender = new LogBatchSender(() => client, maxBatchSize, null);
        _ownedClient = ownsClient ? client : null;
    }

    /// <summary>Sent, refused and failed counts since the sink started.</summary>
    public LogDeliveryStatistics Statistics => _sender.Statistics;

    /// <inheritdoc />
    public Task EmitBatchAsync(IReadOnlyCollection<SerilogEvent> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return _sender.SendAsync(batch as IReadOnlyList<SerilogEvent> ?? [.. batch], WriteLog, CancellationToken.None);
    }

    /// <inheritdoc />
    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    /// <summary>Disposes the client when the sink owns it.</summary>
    public void Dispose() => _ownedClient?.Dispose();

    /// <summary>Writes one event straight into the request's JSON (no object tree per event).</summary>
    private static void WriteLog(Utf8JsonWriter writer, SerilogEvent logEvent)
    {
        var category = Text(logEvent, SourceContext);
        var action = Text(logEvent, ActionProperty) ?? category ?? "serilog";
        LogFields.WriteStart(writer, action, LevelOf(logEvent.Level), logEvent.Timestamp, logEvent.RenderMessage(CultureInfo.InvariantCulture));
        writer.WriteStartObject("context"u8);
        writer.WriteString("message_template"u8, logEvent.MessageTemplate.Text);
        if (category is not null)
        {
            writer.WriteString("category"u8, category);
        }

        writer.WriteEndObject();
        var exception = logEvent.Exception;
        if (exception is not null || logEvent.Properties.Keys.Any(name => !IsActionOrCategory(name)))
        {
            writer.WriteStartObject("metadata"u8);
            foreach (var (name, value) in logEvent.Properties)
            {
                // The exception, when there is one, is metadata.exception: a property of that name gives way.
                if (!IsActionOrCategory(name) && !(exception is not null && name == ExceptionField))
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, value);
                }
            }

            if (exception is not null)
            {
                writer.WritePropertyName(ExceptionField);
                LogFields.WriteException(writer, exception, MaxExceptionLength);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static bool IsActionOrCategory(string name) => name is SourceContext or ActionProperty;

    private static string? Text(SerilogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: string text } ? text : null;

    private static void WriteValue(Utf8JsonWriter writer, LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                LogFields.WriteValue(writer, scalar.Value);
                break;
            case SequenceValue sequence:
                writer.WriteStartArray();
                foreach (var element in sequence.Elements)
                {
                    WriteValue(writer, element);
                }

                writer.WriteEndArray();
                break;
            case StructureValue structure:
                writer.WriteStartObject();
                foreach (var property in structure.Properties)
                {
                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case DictionaryValue dictionary:
                writer.WriteStartObject();
                foreach (var (key, element) in dictionary.Elements)
                {
                    writer.WritePropertyName(key.Value?.ToString() ?? "");
                    WriteValue(writer, element);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    private static LogtrailLevel LevelOf(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => LogtrailLevel.Trace,
        LogEventLevel.Debug => LogtrailLevel.Debug,
        LogEventLevel.Information => LogtrailLevel.Info,
        LogEventLevel.Warning => LogtrailLevel.Warn,
        LogEventLevel.Error => LogtrailLevel.Error,
        _ => LogtrailLevel.Fatal,
    };
}
