using System.Diagnostics;
using Logtrail.Domain.Common;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Bench;

/// <summary>
/// Ages the database: <c>count</c> generated logs spread evenly over the <c>days</c> before now, in another project —
/// through the historical import endpoint (one streamed NDJSON request), or with <c>--age-via copy</c> by binary
/// COPY straight into <c>logs</c> after its partitions are made (ids UUIDv7 of their timestamps, as the service
/// stamps them).
/// </summary>
public sealed class HistoryLoader(BenchSettings settings)
{
    private const int Chunk = 10_000;

    public Task<Measurement> AgeAsync(BenchWorkspace history, int count, int days, Action<double> progress) =>
        settings.AgeVia == "copy" ? LoadAsync(history, count, days, progress) : ImportAsync(history, count, days, progress);

    /// <summary>The history as one NDJSON body to <c>POST /admin/projects/{id}/logs/import</c>, written while it is sent.</summary>
    public async Task<Measurement> ImportAsync(BenchWorkspace history, int count, int days, Action<double> progress)
    {
        var now = DateTimeOffset.UtcNow;
        var span = TimeSpan.FromDays(days);
        using var admin = new HttpClient { BaseAddress = settings.BaseUrl, Timeout = Timeout.InfiniteTimeSpan };
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", settings.AdminToken);
        var stopwatch = Stopwatch.StartNew();
        using var content = new NdjsonContent(async stream =>
        {
            var random = new Random(99);
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            for (var index = 0; index < count; index++)
            {
                var log = GeneratedLog.Create(random);
                var serverTimestamp = now - span * ((double)index / count) - TimeSpan.FromMinutes(5);
                var clientTimestamp = serverTimestamp.AddMilliseconds(-random.Next(5_000));
                var tags = string.Join(',', log.Tags.Select(tag => '"' + tag + '"'));
                await writer.WriteLineAsync(
                    $$"""{"action":"{{log.Action}}","level":"{{log.LevelName}}","message":"{{log.Message}}","tags":[{{tags}}],"actor":{{log.Actor}},"context":{{log.Context}},"metadata":{{log.Metadata}},"client_timestamp":"{{Rfc3339.Format(clientTimestamp)}}","server_timestamp":"{{Rfc3339.Format(serverTimestamp)}}"}""");
                if (index % 10_000 == 0)
                {
                    progress((double)index / count);
                }
            }
        });
        using var response = await admin.PostAsync($"/api/v1/admin/projects/{history.ProjectId}/logs/import?environment=production", content);
        var report = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"import answered {(int)response.StatusCode}: {report}");
        }

        await using (var connection = new NpgsqlConnection(settings.ConnectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("ANALYZE logs", connection) { CommandTimeout = 0 };
            await analyze.ExecuteNonQueryAsync();
        }

        return Measurement.Throughput("(age) history through POST /admin/projects/{id}/logs/import", "rows/s", count, stopwatch.Elapsed,
            $"{count:N0} logs over {days} days into a second project; {report[..Math.Min(report.Length, 120)]}");
    }

    public async Task<Measurement> LoadAsync(BenchWorkspace history, int count, int days, Action<double> progress)
    {
        var now = DateTimeOffset.UtcNow;
        var span = TimeSpan.FromDays(days);
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await LogPartitions.EnsureAsync(connection, now - span, now);

        var random = new Random(99);
        var stopwatch = Stopwatch.StartNew();
        for (var start = 0; start < count; start += Chunk)
        {
            var logs = Enumerable.Range(0, Math.Min(Chunk, count - start)).Select(_ => GeneratedLog.Create(random)).ToArray();
            await using var importer = await connection.BeginBinaryImportAsync(
                "COPY logs (project_id, environment, server_timestamp, id, client_timestamp, level, action, message, tags, actor, context, metadata, api_key_id) FROM STDIN (FORMAT BINARY)");
            for (var index = 0; index < logs.Length; index++)
            {
                var log = logs[index];
                var serverTimestamp = Microseconds(now - span * ((double)(start + index) / count) - TimeSpan.FromMinutes(5));
                await importer.StartRowAsync();
                await importer.WriteAsync(history.ProjectId, NpgsqlDbType.Uuid);
                await importer.WriteAsync("production", NpgsqlDbType.Text);
                await importer.WriteAsync(serverTimestamp, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(Guid.CreateVersion7(serverTimestamp), NpgsqlDbType.Uuid);
                await importer.WriteAsync(serverTimestamp.AddMilliseconds(-random.Next(5_000)), NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(log.Level, NpgsqlDbType.Smallint);
                await importer.WriteAsync(log.Action, NpgsqlDbType.Text);
                await importer.WriteAsync(log.Message, NpgsqlDbType.Text);
                await importer.WriteAsync(log.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await importer.WriteAsync(log.Actor, NpgsqlDbType.Jsonb);
                await importer.WriteAsync(log.Context, NpgsqlDbType.Jsonb);
                await importer.WriteAsync(log.Metadata, NpgsqlDbType.Jsonb);
                await importer.WriteAsync(history.KeyId, NpgsqlDbType.Uuid);
            }

            await importer.CompleteAsync();
            progress((double)(start + logs.Length) / count);
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE logs", connection) { CommandTimeout = 0 })
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return Measurement.Throughput("(age) history by binary COPY", "rows/s", count, stopwatch.Elapsed,
            $"{count:N0} logs over {days} days into a second project");
    }

    /// <summary>Rows and partitions of <c>logs</c> now, for the report.</summary>
    public async Task<Measurement> SizeAsync(string phase)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM logs), (SELECT count(*) FROM pg_inherits WHERE inhparent = 'logs'::regclass)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Measurement($"{phase}: logs rows", "rows", reader.GetInt64(0), Detail: $"{reader.GetInt64(1)} partitions of logs");
    }

    private static DateTimeOffset Microseconds(DateTimeOffset instant) => new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);
}
