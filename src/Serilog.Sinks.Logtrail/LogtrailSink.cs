using System.Text.Json.Nodes;
using Logtrail.Client;
using Logtrail.Client.Batching;
using Serilog.Core;
using Serilog.Events;
using LogtrailEvent = Logtrail.Client.LogEvent;
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
        var logs = new List<LogtrailEvent>(batch.Count);
        foreach (var logEvent in batch)
        {
            logs.Add(Map(logEvent));
        }

        return _sender.SendAsync(logs, CancellationToken.None);
    }

    /// <inheritdoc />
    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    /// <summary>Disposes the client when the sink owns it.</summary>
    public void Dispose() => _ownedClient?.Dispose();

    private static LogtrailEvent Map(SerilogEvent logEvent)
    {
        var action = Text(logEvent, ActionProperty) ?? Text(logEvent, SourceContext) ?? "serilog";
        var context = new JsonObject { ["message_template"] = logEvent.MessageTemplate.Text };
        if (Text(logEvent, SourceContext) is { } category)
        {
            context["category"] = category;
        }

        JsonObject? metadata = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (name is not (SourceContext or ActionProperty))
            {
                (metadata ??= [])[name] = ToJson(value);
            }
        }

        if (logEvent.Exception is { } exception)
        {
            (metadata ??= [])["exception"] = LogFields.Exception(exception, MaxExceptionLength);
        }

        return new LogtrailEvent(LogFields.Action(action), LevelOf(logEvent.Level))
        {
            ClientTimestamp = logEvent.Timestamp,
            Message = logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture),
            Context = context,
            Metadata = metadata,
        };
    }

    private static string? Text(SerilogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: string text } ? text : null;

    private static JsonNode? ToJson(LogEventPropertyValue value) => value switch
    {
        ScalarValue scalar => LogFields.ToJson(scalar.Value),
        SequenceValue sequence => new JsonArray([.. sequence.Elements.Select(ToJson)]),
        StructureValue structure => new JsonObject(structure.Properties.Select(property => KeyValuePair.Create(property.Name, ToJson(property.Value)))),
        DictionaryValue dictionary => new JsonObject(dictionary.Elements.Select(element =>
            KeyValuePair.Create(element.Key.Value?.ToString() ?? "", ToJson(element.Value)))),
        _ => value.ToString(),
    };

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
