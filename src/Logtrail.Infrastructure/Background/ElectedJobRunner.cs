using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Background;

/// <summary>
/// Runs <typeparamref name="TJob"/> on one instance of the deployment at a time. Every
/// <see cref="InstanceOptions.LeaseRenewInterval"/> it tries to take or renew the job's lease; the holder runs the job
/// when it takes the lease and every <see cref="IElectedJob.Interval"/> after, renewing the lease while the job runs.
/// When a renewal fails the running job is cancelled; when the holder dies or hangs the lease lapses after
/// <see cref="InstanceOptions.LeaseDuration"/> and another instance takes over. A clean stop releases the lease at once.
/// </summary>
public sealed partial class ElectedJobRunner<TJob>(
    TJob job, JobLeases leases, InstanceIdentity instance, IOptions<InstanceOptions> options, ILogger<ElectedJobRunner<TJob>> logger)
    : BackgroundService
    where TJob : IElectedJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!job.Enabled)
        {
            return;
        }

        var held = false;
        long? lastStarted = null;
        Task running = Task.CompletedTask;
        CancellationTokenSource? runCancellation = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var holds = await TryHoldAsync(stoppingToken);
                if (holds != held)
                {
                    LogLeaseChanged(logger, job.Name, instance.Id, holds ? "took" : "lost");
                    lastStarted = null;
                    if (!holds)
                    {
                        await runCancellation!.CancelAsync();
                    }
                }

                held = holds;
                if (held && running.IsCompleted && (lastStarted is null || Stopwatch.GetElapsedTime(lastStarted.Value) >= job.Interval))
                {
                    lastStarted = Stopwatch.GetTimestamp();
                    runCancellation?.Dispose();
                    runCancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    running = RunOnceAsync(runCancellation.Token);
                }

                await Task.Delay(options.Value.LeaseRenewInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: wait for the job below, then give the lease up.
        }
        finally
        {
            await running;
            runCancellation?.Dispose();
            if (held)
            {
                await ReleaseAsync();
            }
        }
    }

    private async Task<bool> TryHoldAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await leases.TryHoldAsync(job.Name, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogLeaseFailed(logger, exception, job.Name);
            return false;
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await job.RunAsync(cancellationToken);
            LogRan(logger, job.Name, instance.Id);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled(logger, job.Name, instance.Id);
        }
        catch (Exception exception)
        {
            LogRunFailed(logger, exception, job.Name);
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            await leases.ReleaseAsync(job.Name, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogLeaseFailed(logger, exception, job.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance {Instance} {Change} the lease of job {Job}")]
    private static partial void LogLeaseChanged(ILogger logger, string job, string instance, string change);

    [LoggerMessage(Level = LogLevel.Information, Message = "Elected job {Job} ran on instance {Instance}")]
    private static partial void LogRan(ILogger logger, string job, string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Elected job {Job} was cancelled on instance {Instance} (lease lost or stopping)")]
    private static partial void LogCancelled(ILogger logger, string job, string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Elected job {Job} failed; the next run retries")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take, renew or release the lease of job {Job}")]
    private static partial void LogLeaseFailed(ILogger logger, Exception exception, string job);
}
