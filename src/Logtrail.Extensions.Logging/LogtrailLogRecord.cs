using Microsoft.Extensions.Logging;

namespace Logtrail.Extensions.Logging;

/// <summary>
/// One <c>ILogger</c> call as the caller's thread hands it over: when, how severe, which category, event and
/// exception, and the scopes. The message and the named values are read on the sender's thread — see
/// <see cref="DeferredLogRecord{TState}"/> and <see cref="CapturedLogRecord"/>.
/// </summary>
internal abstract class LogtrailLogRecord(DateTimeOffset timestamp, LogLevel level, string category, EventId eventId, Exception? exception)
{
    public DateTimeOffset Timestamp { get; } = timestamp;

    public LogLevel Level { get; } = level;

    public string Category { get; } = category;

    public EventId EventId { get; } = eventId;

    public Exception? Exception { get; } = exception;

    public List<object?>? Scopes { get; private set; }

    public void AddScope(object? scope) => (Scopes ??= []).Add(scope);

    /// <summary>The formatted message.</summary>
    public abstract string Message();

    /// <summary>The state's name/value pairs, if it has any.</summary>
    public abstract IReadOnlyList<KeyValuePair<string, object?>>? Properties();

    /// <summary>A formatter that throws must not lose the log: it goes out saying what went wrong.</summary>
    protected static string FormatSafely<TState>(Func<TState, Exception?, string> formatter, TState state, Exception? exception)
    {
        try
        {
            return formatter(state, exception);
        }
        catch (Exception formatFailure)
        {
            // Deliberately broad: any formatter failure becomes the log's message instead of an error.
            return $"(the message could not be formatted: {formatFailure.GetType().Name}: {formatFailure.Message})";
        }
    }
}

/// <summary>
/// A call whose state is a value (what <c>LoggerMessage</c>, its source generator and the <c>LogInformation</c>
/// extensions pass): the state is copied into the record, so the call allocates this one object, and the message is
/// formatted later, on the sender's thread.
/// </summary>
internal sealed class DeferredLogRecord<TState>(
    DateTimeOffset timestamp, LogLevel level, string category, EventId eventId, Exception? exception,
    TState state, Func<TState, Exception?, string> formatter)
    : LogtrailLogRecord(timestamp, level, category, eventId, exception)
{
    public override string Message() => FormatSafely(formatter, state, Exception);

    public override IReadOnlyList<KeyValuePair<string, object?>>? Properties() =>
        state as IReadOnlyList<KeyValuePair<string, object?>>;
}

/// <summary>A call whose state is an object, which the caller may change after the call: message and values are taken at once.</summary>
internal sealed class CapturedLogRecord(
    DateTimeOffset timestamp, LogLevel level, string category, EventId eventId, Exception? exception,
    string message, KeyValuePair<string, object?>[]? properties)
    : LogtrailLogRecord(timestamp, level, category, eventId, exception)
{
    public static CapturedLogRecord Capture<TState>(
        DateTimeOffset timestamp, LogLevel level, string category, EventId eventId, Exception? exception, TState state, Func<TState, Exception?, string> formatter) =>
        new(timestamp, level, category, eventId, exception, FormatSafely(formatter, state, exception),
            state is IReadOnlyList<KeyValuePair<string, object?>> { Count: > 0 } list ? [.. list] : null);

    public override string Message() => message;

    public override IReadOnlyList<KeyValuePair<string, object?>>? Properties() => properties;
}
