using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Logtrail.Bench;

/// <summary>
/// Issue 14's figures over a project of <see cref="BenchSettings.ReadLogs"/> logs spread over 10 days (generated in
/// the database, not measured; <c>--project</c> measures a project seeded by an earlier run instead): NDJSON export throughput and the service's memory during it, the hourly aggregate's
/// latency, each against PostgreSQL doing the same work; the cost of announcing commits on raw COPY; and live-tail
/// latency (commit → event) with 100 open tails while bulk ingestion runs.
/// </summary>
public static class StreamingSuite
{
    public static async Task RunAsync(BenchSettings settings)
    {
        var workspace = settings.ProjectId is not null ? await BenchWorkspace.ForLargestProjectAsync(settings) : await SeedWorkspaceAsync(settings);

        Measurement? bulkDuringTails = null;
        var results = await Report.RunStepsAsync(async run =>
        {
            await run("raw export", report => RawExportAsync(settings, workspace, report));
            await run("export", report => ExportAsync(settings, workspace, report));
            await run("raw aggregate", report => AggregateSuite.RawAsync(settings, workspace, report));
            await run("aggregate cold", report => AggregateSuite.ColdAsync(settings, workspace, report));
            await run("aggregate warm", report => AggregateSuite.WarmAsync(settings, workspace, report));
            foreach (var announce in new[] { false, true, false, true })
            {
                await run($"raw COPY, announce={announce}", report => CopyBatchesAsync(settings, workspace, announce, report));
            }

            var tailWorkspace = await BenchWorkspace.CreateAsync(settings);
            var logs = GeneratedLog.Many(settings.Logs);
            await run("bulk alone", report => new ApiBenchmarks(settings, tailWorkspace).BulkAsync(logs, settings.BulkConcurrency.Max(), report));
            await run("tails", async report =>
            {
                var (latency, bulk) = await TailLatencyAsync(settings, tailWorkspace, logs, report);
                bulkDuringTails = bulk;
                return latency;
            });
        });
        results.Add(bulkDuringTails!);

        double Value(string prefix) => results.Where(m => m.Name.StartsWith(prefix, StringComparison.Ordinal)).Average(m => m.Value);
        await Report.WriteAsync(settings, "streaming", results, new Dictionary<string, double>
        {
            ["export_over_raw"] = Value("(export)") / Value("(raw) COPY"),
            ["copy_announced_over_plain"] = Value("(announce) raw COPY + NOTIFY") / Value("(announce) raw COPY alone"),
            ["bulk_during_tails_over_bulk"] = Value("(tail) bulk during") / Value("(b)"),
        });
    }

    /// <summary>A new enterprise project with <see cref="BenchSettings.ReadLogs"/> logs generated in SQL (not measured).</summary>
    public static async Task<BenchWorkspace> SeedWorkspaceAsync(BenchSettings settings)
    {
        var workspace = await BenchWorkspace.CreateAsync(settings);
        await SeedAsync(settings, workspace);
        return workspace;
    }

    /// <summary>Generates the project's logs in SQL: 10 days back from now, levels, actions, tags, actor and metadata like <see cref="GeneratedLog"/>.</summary>
    private static async Task SeedAsync(BenchSettings settings, BenchWorkspace workspace)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT ensure_log_partition((now() AT TIME ZONE 'UTC')::date - d) FROM generate_series(0, 11) AS d;
            INSERT INTO logs (project_id, environment, server_timestamp, id, client_timestamp, level, action, message, tags, actor, context, metadata, is_public, api_key_id)
            SELECT @p, 'production', ts, gen_random_uuid(), ts, (ARRAY[2,2,2,2,3,4,1,5])[1 + i % 8],
                   (ARRAY['user.login','user.logout','order.created','order.paid','invoice.sent','team.invited','api.request'])[1 + i % 7],
                   'payment accepted retry customer session ' || i, ARRAY['tag' || (i % 20), 'tag' || (i % 13)],
                   jsonb_build_object('id', 'user_' || (i % 50000), 'name', 'User ' || (i % 50000)),
                   jsonb_build_object('request_id', md5(i::text)),
                   jsonb_build_object('duration_ms', i % 2000, 'status_code', CASE WHEN i % 10 = 0 THEN 500 ELSE 200 END), NULL, @k
            FROM generate_series(1, @n) AS i, LATERAL (SELECT now() - (i * (interval '10 days' / @n)) AS ts) AS t;
            ANALYZE logs;
            """,
            connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("p", workspace.ProjectId);
        command.Parameters.AddWithValue("k", workspace.KeyId);
        command.Parameters.AddWithValue("n", settings.ReadLogs);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<Measurement> RawExportAsync(BenchSettings settings, BenchWorkspace workspace, Action<double> progress)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        var stopwatch = Stopwatch.StartNew();
        long rows = 0;
        using (var reader = await connection.BeginTextExportAsync(
                   $"COPY (SELECT row_to_json(l) FROM logs l WHERE project_id = '{workspace.ProjectId}' AND environment = 'production' ORDER BY server_timestamp DESC, id DESC) TO STDOUT"))
        {
            while (await reader.ReadLineAsync() is not null)
            {
                if (++rows % 10_000 == 0)
                {
                    progress(Math.Min(1, (double)rows / settings.ReadLogs));
                }
            }
        }

        return Measurement.Throughput("(raw) COPY (SELECT row_to_json …) TO STDOUT", "logs/s", rows, stopwatch.Elapsed);
    }

    /// <summary>Streams the whole project as NDJSON, counting lines, while sampling the service's resident memory.</summary>
    private static async Task<Measurement> ExportAsync(BenchSettings settings, BenchWorkspace workspace, Action<double> progress)
    {
        using var client = workspace.CreateClient(settings, 1);
        client.Timeout = TimeSpan.FromMinutes(10);
        var memory = new List<long>();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                memory.Add(ResidentBytes(settings.ServicePid));
                await Task.Delay(250);
            }
        });
        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/v1/workspace/logs/export?format=ndjson", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 16];
        long lines = 0, bytes = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            progress(Math.Min(1, (double)lines / settings.ReadLogs));
        }

        var elapsed = stopwatch.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        var mib = memory.Where(value => value > 0).Select(value => value / 1048576.0).ToList();
        return Measurement.Throughput("(export) GET /logs/export NDJSON", "logs/s", lines, elapsed,
            $"{lines:N0} logs, {bytes / 1048576.0:N0} MiB in {elapsed.TotalSeconds:0.0} s; service RSS "
            + (mib.Count == 0 ? "not sampled (--service-pid)" : $"first {mib[0]:N0} MiB, max {mib.Max():N0} MiB, last {mib[^1]:N0} MiB"));
    }

    private static long ResidentBytes(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/status"))
        {
            return 0;
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    /// <summary>What announcing costs a write: 1,000-row binary COPY transactions, 4 writers, with and without the NOTIFY.</summary>
    private static async Task<Measurement> CopyBatchesAsync(BenchSettings settings, BenchWorkspace workspace, bool announce, Action<double> progress)
    {
        var logs = GeneratedLog.Many(settings.BatchSize, seed: 3);
        var deadline = TimeSpan.FromSeconds(settings.Seconds);
        var stopwatch = Stopwatch.StartNew();
        long rows = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync();
            while (stopwatch.Elapsed < deadline)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using (var importer = await connection.BeginBinaryImportAsync(
                                 "COPY logs (project_id, environment, server_timestamp, id, client_timestamp, level, action, message, tags, api_key_id) FROM STDIN (FORMAT BINARY)"))
                {
                    var now = DateTime.UtcNow;
                    foreach (var log in logs)
                    {
                        await importer.WriteRowAsync(default, workspace.ProjectId, "production", now, Guid.CreateVersion7(), now, log.Level, log.Action, log.Message,
                            log.Tags, workspace.KeyId);
                    }

                    await importer.CompleteAsync();
                }

                if (announce)
                {
                    await using var notify = new NpgsqlCommand(
                        "SELECT pg_notify('logtrail_log_commits', @payload || pg_current_xact_id()::text)", connection, transaction);
                    notify.Parameters.AddWithValue("payload", $"{workspace.ProjectId:N}:production:0:0:");
                    await notify.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
                Interlocked.Add(ref rows, logs.Length);
                progress(Math.Min(1, stopwatch.Elapsed / deadline));
            }
        }));
        return Measurement.Throughput(announce ? "(announce) raw COPY + NOTIFY" : "(announce) raw COPY alone", "rows/s", rows, stopwatch.Elapsed,
            $"4 writers, {settings.BatchSize}-row transactions, {settings.Seconds} s");
    }

    /// <summary>
    /// 100 tails (queries <c>tag=tagN level=warn</c>, about 1 % of the generated logs each) while the logs are bulk
    /// ingested as fast as <see cref="BenchSettings.BulkConcurrency"/>'s largest concurrency goes; latency is the event's
    /// arrival minus the log's server timestamp (stamped before its commit, so the figure includes the write).
    /// </summary>
    private static async Task<(Measurement Latency, Measurement Bulk)> TailLatencyAsync(BenchSettings settings, BenchWorkspace workspace, GeneratedLog[] logs, Action<double> progress)
    {
        const int tails = 100;
        var keys = await Task.WhenAll(Enumerable.Range(0, tails / 10).Select(_ => workspace.CreateKeyAsync(settings)));
        var latencies = new ConcurrentBag<double>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, tails).Select(index => Task.Run(() =>
            ReadTailAsync(settings, keys[index / 10], $"tag=tag{index % 20} level=warn", latencies, stop.Token))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(3));

        var ingest = await new ApiBenchmarks(settings, workspace).BulkAsync(logs, settings.BulkConcurrency.Max(), progress);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        var latency = Measurement.Latency("(tail) commit → event, 100 tails", latencies.ToList());
        return (latency with { Detail = $"{latencies.Count:N0} events" }, ingest with { Name = "(tail) bulk during 100 tails" });
    }

    private static async Task ReadTailAsync(BenchSettings settings, string key, string query, ConcurrentBag<double> latencies, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = settings.BaseUrl, Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Add("X-API-Key", key);
        try
        {
            using var response = await client.GetAsync("/api/v1/workspace/logs/tail?query=" + Uri.EscapeDataString(query), HttpCompletionOption.ResponseHeadersRead, stop);
            response.EnsureSuccessStatusCode();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop), Encoding.UTF8);
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                if (line.StartsWith("data: {\"id\"", StringComparison.Ordinal))
                {
                    var arrived = DateTimeOffset.UtcNow;
                    var stamped = JsonDocument.Parse(line[6..]).RootElement.GetProperty("server_timestamp").GetDateTimeOffset();
                    latencies.Add((arrived - stamped).TotalMilliseconds);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }
}
