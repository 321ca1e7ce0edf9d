using Microsoft.Extensions.Logging;

namespace Logtrail.Extensions.Logging;

/// <summary>Captures each call into a <see cref="LogtrailLogRecord"/> and hands it to the queue; never blocks, never throws.</summary>
internal sealed class LogtrailLogger(string category, LogtrailLogQueue queue, Func<IExternalScopeProvider?> scopes) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
        scopes()?.Push(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        string message;
        try
        {
            message = formatter(state, exception);
        }
        catch (Exception formatFailure)
        {
            // A broken formatter must not break the caller: the log goes out with what went wrong instead.
            message = $"(the message could not be formatted: {formatFailure.Message})";
        }

        var record = new LogtrailLogRecord(DateTimeOffset.UtcNow, logLevel, category, eventId, message, Properties(state), exception);
        scopes()?.ForEachScope(static (scope, target) => target.AddScope(scope), record);
        queue.Enqueue(record);
    }

    private static KeyValuePair<string, object?>[]? Properties<TState>(TState state)
    {
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> { Count: > 0 } list)
        {
            return null;
        }

        var properties = new KeyValuePair<string, object?>[list.Count];
        for (var index = 0; index < properties.Length; index++)
        {
            properties[index] = list[index];
        }

        return properties;
    }
}
