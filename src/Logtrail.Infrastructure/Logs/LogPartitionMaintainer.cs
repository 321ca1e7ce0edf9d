using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Keeps a daily <c>logs</c> partition ready for today and the next <see cref="DaysAhead"/> days (checked at start
/// and hourly). A row no partition covers lands in the default partition; the next partition created for its day
/// takes it over.
/// </summary>
public sealed partial class LogPartitionMaintainer(
    NpgsqlDataSource dataSource, TimeProvider clock, IOptions<LogStorageOptions> options, ILogger<LogPartitionMaintainer> logger)
    : BackgroundService
{
    public const int DaysAhead = 7;
    private static readonly TimeSpan CheckInterval = TimeSpan.FromHours(1);

    public async Task<int> EnsurePartitionsAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var created = 0;
        for (var offset = 0; offset <= DaysAhead; offset++)
        {
            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT ensure_log_partition(@day)", new { day = today.AddDays(offset) }, cancellationToken: cancellationToken)))
            {
                created++;
            }
        }

        return created;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.MaintainPartitions)
        {
            return;
        }

        using var timer = new PeriodicTimer(CheckInterval);
        do
        {
            try
            {
                var created = await EnsurePartitionsAsync(stoppingToken);
                LogChecked(logger, created);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Log partitions checked; {Created} created")]
    private static partial void LogChecked(ILogger logger, int created);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create log partitions; rows go to the default partition until the next attempt")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
