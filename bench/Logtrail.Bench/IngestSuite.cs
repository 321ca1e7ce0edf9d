using Npgsql;

namespace Logtrail.Bench;

/// <summary>Issue 3's run: (a)–(e), with the ratios (b)/(a) and (d)/(c).</summary>
public static class IngestSuite
{
    public static async Task RunAsync(BenchSettings settings)
    {
        var workspace = await BenchWorkspace.CreateAsync(settings);
        var database = new RawDatabaseBenchmarks(settings, workspace);
        var api = new ApiBenchmarks(settings, workspace);
        var logs = GeneratedLog.Many(settings.Logs);
        var results = await Report.RunStepsAsync(async run =>
        {
            await database.ResetScratchTableAsync();
            await run("(a) raw COPY", report => database.CopyAsync(logs, report));
            foreach (var concurrency in settings.BulkConcurrency)
            {
                await run($"(b) bulk ×{concurrency}", report => api.BulkAsync(logs, concurrency, report));
            }

            await run("(c) raw INSERT", report => database.InsertAsync(logs, report));
            await run("(d) single POST", report => api.SingleAsync(logs, report));

            var topUp = GeneratedLog.Many((int)Math.Max(0, settings.ReadLogs - await CountAsync(settings, workspace)), seed: 7);
            await run($"load to {settings.ReadLogs:N0} logs", async report =>
                await api.BulkAsync(topUp, settings.BulkConcurrency.Max(), report) with { Name = "(load) bulk top-up for reads" });

            var deepCursor = await CursorAtAsync(settings, workspace, settings.ReadLogs / 2);
            await run("(e) first page", report => api.ReadLatencyAsync("(e) GET /logs first page", "?pageSize=50", report));
            await run("(e) deep page", report => api.ReadLatencyAsync(
                "(e) GET /logs deep keyset page", $"?pageSize=50&cursorID={deepCursor.Id}&cursorTS={Uri.EscapeDataString(deepCursor.Timestamp)}", report));
        });

        double Value(string prefix) => results.Where(m => m.Name.StartsWith(prefix, StringComparison.Ordinal)).Max(m => m.Value);
        await Report.WriteAsync(settings, "ingest", results, new Dictionary<string, double>
        {
            ["bulk_over_copy"] = Value("(b)") / Value("(a)"),
            ["single_over_insert"] = Value("(d)") / Value("(c)"),
        });
    }

    private static async Task<long> CountAsync(BenchSettings settings, BenchWorkspace workspace)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM logs WHERE project_id = @p AND environment = 'production'", connection);
        command.Parameters.AddWithValue("p", workspace.ProjectId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<(Guid Id, string Timestamp)> CursorAtAsync(BenchSettings settings, BenchWorkspace workspace, int offset)
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
}
