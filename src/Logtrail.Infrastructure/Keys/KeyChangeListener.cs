using Logtrail.Application.Common.Faults;
using Logtrail.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Keys;

/// <summary>
/// Holds a dedicated connection that LISTENs for <see cref="KeyChange"/>s from every instance and applies them
/// to this instance's <see cref="ApiKeyCache"/>. While it is disconnected the cache is suspended.
/// </summary>
public sealed class KeyChangeListener(
    ApiKeyCache cache,
    IOptions<DatabaseOptions> database,
    IOptions<KeyCacheOptions> options,
    IDatabaseFaults faults,
    ILogger<KeyChangeListener> logger) : BackgroundService
{
    /// <summary>Lets operators (and tests) find this connection in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "logtrail-key-listener";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = ApplicationName,
        }.ConnectionString;

        try
        {
            while (true)
            {
                try
                {
                    await ListenAsync(connectionString, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    cache.Suspend();
                    if (faults.Classify(exception) == DatabaseFault.None)
                    {
                        logger.LogWarning(exception, "Key change listener lost its connection; key lookups go to the database until it reconnects");
                    }
                }

                await Task.Delay(options.Value.ListenerReconnectDelay, stoppingToken);
            }
        }
        finally
        {
            cache.Suspend();
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) =>
        {
            if (KeyChange.TryParse(notification.Payload, out var change))
            {
                cache.Apply(change.Value);
            }
            else
            {
                logger.LogWarning("Ignored a malformed key change notification");
            }
        };

        await using (var listen = new NpgsqlCommand($"LISTEN {KeyChange.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        cache.Resume();
        logger.LogInformation("Key change listener connected; key cache enabled");
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }
}
