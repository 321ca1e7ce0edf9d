using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Bench;

/// <summary>
/// The database alone, as the baseline: binary COPY and single-row INSERTs into the minimal table
/// (<see cref="MinimalLogTable"/>).
/// </summary>
public sealed class RawDatabaseBenchmarks(BenchSettings settings, BenchWorkspace workspace)
{
    private const string Table = "bench_scratch_logs";
    private const string Columns =
        "project_id, environment, server_timestamp, id, client_timestamp, level, action, message, tags, actor, target, context, metadata, is_public, api_key_id";

    public async Task ResetScratchTableAsync()
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            MinimalLogTable.Create(Table),
            connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<Measurement> CopyAsync(IReadOnlyList<GeneratedLog> logs, Action<double> progress)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        var stopwatch = Stopwatch.StartNew();
        for (var start = 0; start < logs.Count; start += settings.BatchSize)
        {
            var batch = logs.Skip(start).Take(settings.BatchSize).ToArray();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var importer = await connection.BeginBinaryImportAsync($"COPY {Table} ({Columns}) FROM STDIN (FORMAT BINARY)"))
            {
                var now = DateTimeOffset.UtcNow;
                foreach (var log in batch)
                {
                    await importer.StartRowAsync();
                    await WriteRowAsync(importer, log, now);
                }

                await importer.CompleteAsync();
            }

            await transaction.CommitAsync();
            progress((double)(start + batch.Length) / logs.Count);
        }

        return Measurement.Throughput("(a) raw binary COPY", "rows/s", logs.Count, stopwatch.Elapsed,
            $"{logs.Count:N0} rows, COPY of {settings.BatchSize} per transaction");
    }

    public async Task<Measurement> InsertAsync(IReadOnlyList<GeneratedLog> logs, Action<double> progress)
    {
        var deadline = TimeSpan.FromSeconds(settings.Seconds);
        var stopwatch = Stopwatch.StartNew();
        long inserted = 0;
        var workers = Enumerable.Range(0, settings.Concurrency).Select(async worker =>
        {
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"INSERT INTO {Table} ({Columns}) VALUES (@p0, 'production', @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9::jsonb, NULL, @p11::jsonb, @p12::jsonb, NULL, @p14)",
                connection);
            var next = worker;
            while (stopwatch.Elapsed < deadline)
            {
                var log = logs[next++ % logs.Count];
                var now = DateTimeOffset.UtcNow;
                command.Parameters.Clear();
                command.Parameters.AddWithValue("p0", workspace.ProjectId);
                command.Parameters.AddWithValue("p2", now);
                command.Parameters.AddWithValue("p3", Guid.CreateVersion7(now));
                command.Parameters.AddWithValue("p4", now);
                command.Parameters.AddWithValue("p5", log.Level);
                command.Parameters.AddWithValue("p6", log.Action);
                command.Parameters.AddWithValue("p7", log.Message);
                command.Parameters.AddWithValue("p8", log.Tags);
                command.Parameters.AddWithValue("p9", log.Actor);
                command.Parameters.AddWithValue("p11", log.Context);
                command.Parameters.AddWithValue("p12", log.Metadata);
                command.Parameters.AddWithValue("p14", workspace.KeyId);
                await command.ExecuteNonQueryAsync();
                if (Interlocked.Increment(ref inserted) % 1000 == 0)
                {
                    progress(Math.Min(1, stopwatch.Elapsed / deadline));
                }
            }
        });
        await Task.WhenAll(workers);
        return Measurement.Throughput("(c) raw single-row INSERT", "rows/s", inserted, stopwatch.Elapsed,
            $"{settings.Concurrency} connections, one autocommitted INSERT each, {settings.Seconds} s");
    }

    private async Task WriteRowAsync(NpgsqlBinaryImporter importer, GeneratedLog log, DateTimeOffset now)
    {
        await importer.WriteAsync(workspace.ProjectId, NpgsqlDbType.Uuid);
        await importer.WriteAsync("production", NpgsqlDbType.Text);
        await importer.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await importer.WriteAsync(Guid.CreateVersion7(now), NpgsqlDbType.Uuid);
        await importer.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await importer.WriteAsync(log.Level, NpgsqlDbType.Smallint);
        await importer.WriteAsync(log.Action, NpgsqlDbType.Text);
        await importer.WriteAsync(log.Message, NpgsqlDbType.Text);
        await importer.WriteAsync(log.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
        await importer.WriteAsync(log.Actor, NpgsqlDbType.Jsonb);
        await importer.WriteNullAsync();
        await importer.WriteAsync(log.Context, NpgsqlDbType.Jsonb);
        await importer.WriteAsync(log.Metadata, NpgsqlDbType.Jsonb);
        await importer.WriteNullAsync();
        await importer.WriteAsync(workspace.KeyId, NpgsqlDbType.Uuid);
    }
}
