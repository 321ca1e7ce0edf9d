using Microsoft.Extensions.Logging;

namespace Logtrail.Extensions.Logging;

/// <summary>
/// One <c>ILogger</c> call as captured on the caller's thread: only what the call itself produced (the formatted
/// message, the state's name/value pairs, the scopes). Turned into JSON later, on the sender's thread.
/// </summary>
internal sealed class LogtrailLogRecord(
    DateTimeOffset timestamp, LogLevel level, string category, EventId eventId, string message,
    KeyValuePair<string, object?>[]? properties, Exception? exception)
{
    public DateTimeOffset Timestamp { get; } = timestamp;

    public LogLevel Level { get; } = level;

    public string Category { get; } = category;

    public EventId EventId { get; } = eventId;

    public string Message { get; } = message;

    public KeyValuePair<string, object?>[]? Properties { get; } = properties;

    public Exception? Exception { get; } = exception;

    public List<object?>? Scopes { get; private set; }

    public void AddScope(object? scope) => (Scopes ??= []).Add(scope);
}
