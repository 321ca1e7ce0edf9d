using System.Collections.Concurrent;
using System.Threading.Channels;
using Dapper;
using Logtrail.Application.Common.Faults;
using Logtrail.Application.Logs.Tail;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Keys;
using Logtrail.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Logtrail.Infrastructure.Logs.Tail;

/// <summary>
/// This instance's view of log commits on every instance: a dedicated connection LISTENs for
/// <see cref="LogCommitAnnouncement"/>s; for a project and environment that has subscribers here, one loop fetches
/// the announced transactions' rows (several announcements coalesced into one indexed query) and hands each batch to
/// every subscriber. Imported logs (no ingesting key) are never handed out. Tenants without subscribers cost nothing
/// but the notification. When the connection is lost,
/// subscribers are told of a gap once it is back (announcements made meanwhile are gone). A lost connection is one
/// warning line and its return one information line, whatever the number of reconnection attempts between them;
/// database faults are reported to <see cref="IDatabaseFaults"/> (which logs an outage once) and never with a stack
/// trace, which only a fault that is not the database's (a bug) gets.
/// </summary>
public sealed partial class LogCommitFeed(
    NpgsqlDataSource dataSource,
    IOptions<DatabaseOptions> database,
    IOptions<KeyCacheOptions> reconnect,
    IDatabaseFaults faults,
    ILogger<LogCommitFeed> logger) : BackgroundService, ILogCommitFeed
{
    /// <summary>Lets operators (and tests) find this connection in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "logtrail-tail-listener";

    private volatile bool _listening;

    /// <summary>Whether the listening connection is up (announcements are being received).</summary>
    public bool IsListening => _listening;

    private readonly ConcurrentDictionary<(Guid ProjectId, DeploymentEnvironment Environment), Subscribers> _subscribers = new();
    private readonly Channel<LogCommitAnnouncement> _announcements = Channel.CreateUnbounded<LogCommitAnnouncement>(new UnboundedChannelOptions { SingleReader = true });

    public IDisposable Subscribe(Guid projectId, DeploymentEnvironment environment, Action<IReadOnlyList<LogEntry>> onCommitted, Action onGap)
    {
        var subscriber = new Subscriber(onCommitted, onGap);
        _subscribers.AddOrUpdate((projectId, environment), _ => new Subscribers([subscriber]), (_, current) => current.With(subscriber));
        return new Subscription(this, (projectId, environment), subscriber);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Task.Run(() => ListenLoopAsync(stoppingToken), CancellationToken.None), Task.Run(() => FetchLoopAsync(stoppingToken), CancellationToken.None));

    private async Task ListenLoopAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = ApplicationName,
        }.ConnectionString;
        var connectedBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) =>
                {
                    if (LogCommitAnnouncement.TryParse(notification.Payload, out var announcement)
                        && _subscribers.ContainsKey((announcement.Value.ProjectId, announcement.Value.Environment)))
                    {
                        _announcements.Writer.TryWrite(announcement.Value);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {LogCommitAnnouncement.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (connectedBefore)
                {
                    NotifyGap();
                    LogListenerBack(logger);
                }

                connectedBefore = true;
                _listening = true;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                var wasListening = _listening;
                _listening = false;
                ReportListenerFault(exception, wasListening);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await Task.Delay(reconnect.Value.ListenerReconnectDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task FetchLoopAsync(CancellationToken stoppingToken)
    {
        var pending = new List<LogCommitAnnouncement>();
        try
        {
            while (await _announcements.Reader.WaitToReadAsync(stoppingToken))
            {
                while (_announcements.Reader.TryRead(out var announcement))
                {
                    pending.Add(announcement);
                }

                foreach (var tenant in pending.GroupBy(announcement => (announcement.ProjectId, announcement.Environment)))
                {
                    await FetchAndDeliverAsync(tenant.Key, tenant.ToList(), stoppingToken);
                }

                pending.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task FetchAndDeliverAsync(
        (Guid ProjectId, DeploymentEnvironment Environment) tenant, List<LogCommitAnnouncement> announcements, CancellationToken stoppingToken)
    {
        if (!_subscribers.TryGetValue(tenant, out var subscribers))
        {
            return;
        }

        IReadOnlyList<LogEntry> batch;
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
            await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                $"""
                SELECT {LogFilterSql.Columns} FROM logs
                WHERE project_id = @ProjectId AND environment = @Environment
                  AND server_timestamp BETWEEN @From AND @Through AND xmin::text = ANY(@Transactions)
                  AND api_key_id IS NOT NULL
                ORDER BY server_timestamp, id
                """,
                new
                {
                    tenant.ProjectId,
                    Environment = tenant.Environment.ToWireName(),
                    From = announcements.Min(announcement => announcement.From),
                    Through = announcements.Max(announcement => announcement.Through),
                    Transactions = announcements.Select(announcement => announcement.TransactionId).Distinct().ToArray(),
                },
                cancellationToken: stoppingToken));
            var entries = new List<LogEntry>();
            var rows = new LogEntryReader(reader);
            while (await reader.ReadAsync(stoppingToken))
            {
                entries.Add(rows.Read());
            }

            batch = entries;
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            if (faults.Classify(exception) == DatabaseFault.None)
            {
                LogFetchFailed(logger, exception);
            }
            else
            {
                LogFetchFailedOnDatabase(logger, exception.Message);
            }

            subscribers.ForEach(subscriber => subscriber.OnGap());
            return;
        }

        if (batch.Count > 0)
        {
            subscribers.ForEach(subscriber => subscriber.OnCommitted(batch));
        }
    }

    /// <summary>
    /// A database fault: one line when the connection goes (not per failed reconnection). Anything else is a bug and
    /// is logged with its exception each time.
    /// </summary>
    private void ReportListenerFault(Exception exception, bool wasListening)
    {
        if (faults.Classify(exception) == DatabaseFault.None)
        {
            LogListenerFailed(logger, exception);
        }
        else if (wasListening)
        {
            LogListenerLost(logger, exception.Message);
        }
    }

    private void NotifyGap()
    {
        foreach (var subscribers in _subscribers.Values)
        {
            subscribers.ForEach(subscriber => subscriber.OnGap());
        }
    }

    private void Unsubscribe((Guid, DeploymentEnvironment) tenant, Subscriber subscriber)
    {
        while (_subscribers.TryGetValue(tenant, out var current))
        {
            var remaining = current.Without(subscriber);
            if (remaining.IsEmpty
                    ? _subscribers.TryRemove(new KeyValuePair<(Guid, DeploymentEnvironment), Subscribers>(tenant, current))
                    : _subscribers.TryUpdate(tenant, remaining, current))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Log commit listener lost its connection ({Reason}); open tails get a reset when it is back")]
    private static partial void LogListenerLost(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Log commit listener reconnected; open tails were sent a reset")]
    private static partial void LogListenerBack(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Log commit listener failed; it reconnects")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching committed logs for open tails failed ({Reason}); they get a reset")]
    private static partial void LogFetchFailedOnDatabase(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Fetching committed logs for open tails failed; they get a reset")]
    private static partial void LogFetchFailed(ILogger logger, Exception exception);

    private sealed class Subscriber(Action<IReadOnlyList<LogEntry>> onCommitted, Action onGap)
    {
        public Action<IReadOnlyList<LogEntry>> OnCommitted { get; } = onCommitted;

        public Action OnGap { get; } = onGap;
    }

    /// <summary>An immutable set of subscribers, swapped whole, so delivery never holds a lock.</summary>
    private sealed class Subscribers(Subscriber[] members)
    {
        public bool IsEmpty => members.Length == 0;

        public Subscribers With(Subscriber subscriber) => new([.. members, subscriber]);

        public Subscribers Without(Subscriber subscriber) => new(members.Where(member => !ReferenceEquals(member, subscriber)).ToArray());

        public void ForEach(Action<Subscriber> action)
        {
            foreach (var member in members)
            {
                action(member);
            }
        }
    }

    private sealed class Subscription(LogCommitFeed feed, (Guid, DeploymentEnvironment) tenant, Subscriber subscriber) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Unsubscribe(tenant, subscriber);
            }
        }
    }
}
