using System.Diagnostics;
using System.Net.Sockets;
using Logtrail.Application.Common.Faults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// Tells Npgsql's database faults from bugs, and follows outages: the first fault of one logs a single warning (the
/// fault's message, no stack trace) and starts a probe that asks PostgreSQL <c>SELECT 1</c> every
/// <see cref="DatabaseOptions.OutageProbeInterval"/> until it answers, which logs the end of the outage.
/// </summary>
public sealed class DatabaseOutageMonitor(
    NpgsqlDataSource dataSource, IOptions<DatabaseOptions> options, IHostApplicationLifetime lifetime, ILogger<DatabaseOutageMonitor> logger)
    : IDatabaseFaults
{
    private const string QueryCanceled = "57014";
    private int _down;

    public TimeSpan RetryAfter => options.Value.RetryAfter;

    /// <summary>Whether an outage is under way (between its first fault and the probe's first answer).</summary>
    public bool IsDown => Volatile.Read(ref _down) == 1;

    public DatabaseFault Classify(Exception exception)
    {
        var fault = FaultOf(exception);
        var stopping = lifetime.ApplicationStopping;
        if (fault == DatabaseFault.Unavailable && !stopping.IsCancellationRequested && Interlocked.Exchange(ref _down, 1) == 0)
        {
            logger.LogWarning("Database unavailable ({Reason}); requests that need it are answered 503 until it is back", exception.Message);
            _ = ProbeUntilBackAsync(stopping);
        }

        return fault;
    }

    private static DatabaseFault FaultOf(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException { SqlState: QueryCanceled }:
                    return DatabaseFault.StatementTimeout;
                case PostgresException postgres:
                    return postgres.IsTransient ? DatabaseFault.Unavailable : DatabaseFault.None;
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or TimeoutException or IOException:
                case SocketException:
                    return DatabaseFault.Unavailable;
            }
        }

        return DatabaseFault.None;
    }

    private async Task ProbeUntilBackAsync(CancellationToken cancellationToken)
    {
        var outage = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(options.Value.OutageProbeInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (await AnswersAsync(cancellationToken))
                {
                    Volatile.Write(ref _down, 0);
                    logger.LogWarning("Database available again after {Seconds:F0} s", outage.Elapsed.TotalSeconds);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The service is stopping; nothing to report.
        }
    }

    private async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (FaultOf(exception) != DatabaseFault.None)
        {
            return false;
        }
    }
}
