using Logtrail.Infrastructure.Persistence.Repositories;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Keys;

/// <summary>Writes recorded key use to the database every <see cref="KeyCacheOptions.LastUsedFlushInterval"/>, and once more on shutdown.</summary>
public sealed class KeyUsageFlusher(
    KeyUsageRecorder recorder,
    ApiKeyRepository keys,
    IOptions<KeyCacheOptions> options,
    ILogger<KeyUsageFlusher> logger) : BackgroundService
{
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pending = recorder.Pending();
        if (pending.Count == 0)
        {
            return;
        }

        await keys.WriteLastUsedAsync(pending, cancellationToken);
        recorder.MarkWritten(pending);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LastUsedFlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushLoggingFailureAsync(stoppingToken);
            }
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
            logger.LogWarning(exception, "Could not record key last-use times; will retry");
        }
    }
}
