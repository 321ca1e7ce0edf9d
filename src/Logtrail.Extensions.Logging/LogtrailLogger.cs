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

        var timestamp = DateTimeOffset.UtcNow;
        LogtrailLogRecord record = typeof(TState).IsValueType
            ? new DeferredLogRecord<TState>(timestamp, logLevel, category, eventId, exception, state, formatter)
            : CapturedLogRecord.Capture(timestamp, logLevel, category, eventId, exception, state, formatter);
        scopes()?.ForEachScope(static (scope, target) => target.AddScope(scope), record);
        queue.Enqueue(record);
    }
}
