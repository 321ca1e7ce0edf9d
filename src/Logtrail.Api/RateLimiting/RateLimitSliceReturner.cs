namespace Logtrail.Api.RateLimiting;

/// <summary>Every few seconds, gives the unspent tokens of idle local slices back to the shared buckets (<see cref="TokenBuckets"/>).</summary>
public sealed partial class RateLimitSliceReturner(TokenBuckets buckets, ILogger<RateLimitSliceReturner> logger) : BackgroundService
{
    public static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await buckets.ReturnIdleSlicesAsync(IdleAfter, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogReturnFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not return idle rate-limit slices; their tokens come back with the buckets' refill")]
    private static partial void LogReturnFailed(ILogger logger, Exception exception);
}
