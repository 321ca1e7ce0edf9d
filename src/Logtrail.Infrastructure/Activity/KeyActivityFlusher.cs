using System.Net;
using Dapper;
using Logtrail.Application.Common.Faults;
using Logtrail.Infrastructure.Background;
using Logtrail.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Activity;

/// <summary>
/// Writes the counted key activity into <c>key_activity</c> every <see cref="ActivityOptions.FlushInterval"/>: a binary
/// COPY into a temporary table, then one insert that adds each key's project (rows of keys deleted meanwhile are dropped).
/// </summary>
public sealed partial class KeyActivityFlusher(
    KeyActivityRecorder recorder, NpgsqlDataSource dataSource, IOptions<ActivityOptions> options, IDatabaseFaults faults, ILogger<KeyActivityFlusher> logger)
    : PeriodicFlusher(faults, logger)
{
    private const string Columns = "key_id, occurred_at, id, method, route, status, client_ip, user_agent, denied, request_count, logs_ingested";

    private const string CreateIncoming =
        $"CREATE TEMPORARY TABLE incoming_key_activity ON COMMIT DROP AS SELECT {Columns} FROM key_activity WITH NO DATA";

    private const string InsertWithProject =
        $"""
        INSERT INTO key_activity (project_id, {Columns})
        SELECT api_keys.project_id, incoming.key_id, occurred_at, incoming.id, method, route, status, client_ip, user_agent, denied, request_count, logs_ingested
        FROM incoming_key_activity AS incoming JOIN api_keys ON api_keys.id = incoming.key_id
        """;

    protected override TimeSpan Interval => options.Value.FlushInterval;

    protected override string What => "key activity";

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (recorder.TakeDropped() is > 0 and var dropped)
        {
            LogDropped(logger, dropped, options.Value.MaxPendingKeyActivity);
        }

        var batch = recorder.Drain();
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(CreateIncoming, cancellationToken: cancellationToken));
            await using (var importer = await connection.BeginBinaryImportAsync($"COPY incoming_key_activity ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var activity in batch)
                {
                    await importer.StartRowAsync(cancellationToken);
                    await importer.WriteAsync(activity.KeyId, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(activity.Time, NpgsqlDbType.TimestampTz, cancellationToken);
                    await importer.WriteAsync(activity.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(activity.Method, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(activity.Route, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync((short)activity.Status, NpgsqlDbType.Smallint, cancellationToken);
                    await importer.WriteNullableAsync(activity.ClientIp is null ? null : IPAddress.Parse(activity.ClientIp), NpgsqlDbType.Inet, cancellationToken);
                    await importer.WriteNullableAsync(activity.UserAgent, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(activity.Denied, NpgsqlDbType.Boolean, cancellationToken);
                    await importer.WriteAsync(activity.Count, NpgsqlDbType.Integer, cancellationToken);
                    await importer.WriteAsync(activity.LogsIngested, NpgsqlDbType.Integer, cancellationToken);
                }

                await importer.CompleteAsync(cancellationToken);
            }

            await connection.ExecuteAsync(new CommandDefinition(InsertWithProject, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            recorder.Restore(batch);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Dropped} requests were not recorded as key activity: {Max} events were already waiting to be written")]
    private static partial void LogDropped(ILogger logger, long dropped, int max);
}
