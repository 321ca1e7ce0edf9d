using Dapper;
using Logtrail.Infrastructure.Background;
using Logtrail.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// Keeps a <c>logs</c> partition (monthly) ready for today and the next <see cref="DaysAhead"/> days, on the instance that
/// holds the <c>log-partitions</c> lease (when it takes it, then hourly), each day in a short transaction with
/// <see cref="JobTransaction"/>'s timeouts. A row no partition covers lands in the default partition; the next
/// partition created for its day takes it over.
/// </summary>
public sealed partial class LogPartitionMaintainer(
    NpgsqlDataSource dataSource, TimeProvider clock, IOptions<LogStorageOptions> options, ILogger<LogPartitionMaintainer> logger)
    : IElectedJob
{
    public const int DaysAhead = 7;

    public string Name => "log-partitions";

    public bool Enabled => options.Value.MaintainPartitions;

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken) => LogChecked(logger, await EnsurePartitionsAsync(cancellationToken));

    public async Task<int> EnsurePartitionsAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var created = 0;
        for (var offset = 0; offset <= DaysAhead; offset++)
        {
            var day = today.AddDays(offset);
            if (await JobTransaction.RunAsync(
                    dataSource,
                    connection => connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                        "SELECT ensure_log_partition(@day)", new { day }, cancellationToken: cancellationToken)),
                    cancellationToken))
            {
                created++;
            }
        }

        return created;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Log partitions checked; {Created} created")]
    private static partial void LogChecked(ILogger logger, int created);
}
