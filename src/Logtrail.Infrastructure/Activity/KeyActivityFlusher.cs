using Logtrail.Infrastructure.Background;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Activity;

/// <summary>Copies queued key activity into <c>key_activity</c> every <see cref="ActivityOptions.FlushInterval"/> (binary COPY, batches of 10,000).</summary>
public sealed class KeyActivityFlusher(
    KeyActivityRecorder recorder, NpgsqlDataSource dataSource, IOptions<ActivityOptions> options, ILogger<KeyActivityFlusher> logger)
    : PeriodicFlusher(logger)
{
    private const int BatchSize = 10_000;

    protected override TimeSpan Interval => options.Value.FlushInterval;

    protected override string What => "key activity";

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        for (var batch = recorder.Take(BatchSize); batch.Count > 0; batch = recorder.Take(BatchSize))
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var importer = await connection.BeginBinaryImportAsync(
                    "COPY key_activity (key_id, occurred_at, id, method, route, status, client_ip, user_agent, denied, logs_ingested) FROM STDIN (FORMAT BINARY)",
                    cancellationToken);
                foreach (var activity in batch)
                {
                    await importer.StartRowAsync(cancellationToken);
                    await importer.WriteAsync(activity.KeyId, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(activity.Time, NpgsqlDbType.TimestampTz, cancellationToken);
                    await importer.WriteAsync(activity.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(activity.Method, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(activity.Route, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync((short)activity.Status, NpgsqlDbType.Smallint, cancellationToken);
                    await WriteNullableAsync(importer, activity.ClientIp is null ? null : System.Net.IPAddress.Parse(activity.ClientIp), NpgsqlDbType.Inet, cancellationToken);
                    await WriteNullableAsync(importer, activity.UserAgent, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(activity.Denied, NpgsqlDbType.Boolean, cancellationToken);
                    await importer.WriteAsync(activity.LogsIngested, NpgsqlDbType.Integer, cancellationToken);
                }

                await importer.CompleteAsync(cancellationToken);
            }
            catch
            {
                recorder.Restore(batch);
                throw;
            }
        }
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : class =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);
}
