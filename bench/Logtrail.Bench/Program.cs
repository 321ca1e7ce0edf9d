using System.Text.Json;
using Logtrail.Bench;
using Npgsql;
using Spectre.Console;

// Ingestion and read benchmark (issue 3): the service's figures next to the database's own, in one run.
// Usage: dotnet run -c Release --project bench/Logtrail.Bench -- [--logs 200000] [--seconds 15] [--read-logs 1000000]
var settings = BenchSettings.Parse(args);
var workspace = await BenchWorkspace.CreateAsync(settings);
var database = new RawDatabaseBenchmarks(settings, workspace);
var api = new ApiBenchmarks(settings, workspace);
var logs = GeneratedLog.Many(settings.Logs);
var results = new List<Measurement>();

await AnsiConsole.Progress()
    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
    .StartAsync(async progress =>
    {
        async Task Run(string name, Func<Action<double>, Task<Measurement>> measure)
        {
            var task = progress.AddTask(name, maxValue: 1);
            results.Add(await measure(fraction => task.Value = fraction));
            task.Value = 1;
        }

        await database.ResetScratchTableAsync();
        await Run("(a) raw COPY", report => database.CopyAsync(logs, report));
        foreach (var concurrency in settings.BulkConcurrency)
        {
            await Run($"(b) bulk ×{concurrency}", report => api.BulkAsync(logs, concurrency, report));
        }

        await Run("(c) raw INSERT", report => database.InsertAsync(logs, report));
        await Run("(d) single POST", report => api.SingleAsync(logs, report));

        var stored = await CountAsync(settings, workspace);
        var topUp = GeneratedLog.Many((int)Math.Max(0, settings.ReadLogs - stored), seed: 7);
        await Run($"load to {settings.ReadLogs:N0} logs", async report =>
            await api.BulkAsync(topUp, settings.BulkConcurrency.Max(), report) with { Name = "(load) bulk top-up for reads" });

        var deepCursor = await CursorAtAsync(settings, workspace, settings.ReadLogs / 2);
        await Run("(e) first page", report => api.ReadLatencyAsync("(e) GET /logs first page", "?pageSize=50", report));
        await Run("(e) deep page", report => api.ReadLatencyAsync(
            "(e) GET /logs deep keyset page", $"?pageSize=50&cursorID={deepCursor.Id}&cursorTS={Uri.EscapeDataString(deepCursor.Timestamp)}", report));
    });

var copy = results.Single(m => m.Name.StartsWith("(a)", StringComparison.Ordinal)).Value;
var insert = results.Single(m => m.Name.StartsWith("(c)", StringComparison.Ordinal)).Value;
var bestBulk = results.Where(m => m.Name.StartsWith("(b)", StringComparison.Ordinal)).Max(m => m.Value);
var single = results.Single(m => m.Name.StartsWith("(d)", StringComparison.Ordinal)).Value;
var ratios = new Dictionary<string, double> { ["bulk_over_copy"] = bestBulk / copy, ["single_over_insert"] = single / insert };

var table = new Table().AddColumns("measurement", "value", "p50 ms", "p95 ms", "p99 ms", "detail");
foreach (var m in results)
{
    table.AddRow(m.Name, $"{m.Value:N1} {m.Unit}", $"{m.P50:0.00}", $"{m.P95:0.00}", $"{m.P99:0.00}", m.Detail ?? "");
}

AnsiConsole.Write(table);
AnsiConsole.MarkupLine($"(b)/(a) best bulk over raw COPY: [bold]{ratios["bulk_over_copy"]:P1}[/]   (d)/(c) single over raw INSERT: [bold]{ratios["single_over_insert"]:P1}[/]");

Directory.CreateDirectory(settings.OutputDirectory);
var file = Path.Combine(settings.OutputDirectory, $"ingest-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
await File.WriteAllTextAsync(file, JsonSerializer.Serialize(
    new { run_at = DateTime.UtcNow, settings = new { settings.Logs, settings.BatchSize, settings.Seconds, settings.Concurrency, settings.ReadLogs }, results, ratios },
    new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
AnsiConsole.MarkupLine($"Written to [bold]{file}[/]");

static async Task<long> CountAsync(BenchSettings settings, BenchWorkspace workspace)
{
    await using var connection = new NpgsqlConnection(settings.ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("SELECT count(*) FROM logs WHERE project_id = @p AND environment = 'production'", connection);
    command.Parameters.AddWithValue("p", workspace.ProjectId);
    return (long)(await command.ExecuteScalarAsync())!;
}

static async Task<(Guid Id, string Timestamp)> CursorAtAsync(BenchSettings settings, BenchWorkspace workspace, int offset)
{
    await using var connection = new NpgsqlConnection(settings.ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(
        """
        SELECT id, to_char(server_timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') FROM logs
        WHERE project_id = @p AND environment = 'production'
        ORDER BY server_timestamp DESC, id DESC OFFSET @offset LIMIT 1
        """,
        connection);
    command.Parameters.AddWithValue("p", workspace.ProjectId);
    command.Parameters.AddWithValue("offset", offset);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    return (reader.GetGuid(0), reader.GetString(1));
}
