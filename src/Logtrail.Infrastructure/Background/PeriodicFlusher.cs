using Logtrail.Application.Common.Faults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Logtrail.Infrastructure.Background;

/// <summary>
/// Writes what an in-memory recorder gathered off the request path: every <see cref="Interval"/>, and once more on
/// shutdown so that a clean stop loses nothing. A failed write is retried on the next tick (the recorder keeps what
/// was not written) and logged — unless the database is unavailable, which the outage monitor logs once.
/// </summary>
public abstract class PeriodicFlusher(IDatabaseFaults faults, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>What is flushed, for the log line of a failure.</summary>
    protected abstract string What { get; }

    public abstract Task FlushAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushLoggingFailureAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush below still runs.
        }
        finally
        {
            await FlushLoggingFailureAsync(CancellationToken.None);
        }
    }

    private async Task FlushLoggingFailureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (faults.Classify(exception) == DatabaseFault.None)
            {
                logger.LogWarning(exception, "Could not write {What}; will retry", What);
            }
        }
    }
}
