using System.Net.Http.Json;
using Npgsql;

namespace Logtrail.Bench;

/// <summary>
/// The hourly aggregate over the streaming suite's 1 M-log project (seeded as <see cref="StreamingSuite"/> does, or
/// <c>--project</c>): PostgreSQL's own <c>GROUP BY level, hour</c>; the endpoint cold — the project's cached splits
/// deleted before each timed request, so every closed hour is counted from the rows and stored again — and warm
/// (after warm-ups, as a dashboard polling the same chart sees it).
/// </summary>
public static class AggregateSuite
{
    private const int ColdSamples = 5;

    private const string AggregateSql =
        """
        SELECT level, date_trunc('hour', server_timestamp, 'UTC') AS bucket, count(*) FROM logs
        WHERE project_id = @p AND environment = 'production' AND server_timestamp >= @notBefore
        GROUP BY 1, 2 ORDER BY 2, 3 DESC, 1 LIMIT 10001
        """;

    public static async Task RunAsync(BenchSettings settings)
    {
        var workspace = settings.ProjectId is not null ? await BenchWorkspace.ForLargestProjectAsync(settings) : await StreamingSuite.SeedWorkspaceAsync(settings);
        var results = await Report.RunStepsAsync(async run =>
        {
            await run("raw aggregate", report => RawAsync(settings, workspace, report));
            await run("aggregate cold", report => ColdAsync(settings, workspace, report));
            await run("aggregate warm", report => WarmAsync(settings, workspace, report));
        });

        double P95(string prefix) => results.Single(m => m.Name.StartsWith(prefix, StringComparison.Ordinal)).P95!.Value;
        await Report.WriteAsync(settings, "aggregate", results, new Dictionary<string, double>
        {
            ["warm_p95_over_raw_p95"] = P95("(aggregate) warm") / P95("(raw)"),
            ["cold_p95_over_raw_p95"] = P95("(aggregate) cold") / P95("(raw)"),
        });
    }

    /// <summary>PostgreSQL's own <c>GROUP BY level, hour</c> over the project: 5 warm-ups, then the samples.</summary>
    public static Task<Measurement> RawAsync(BenchSettings settings, BenchWorkspace workspace, Action<double> progress) =>
        Measurement.LatencyOfAsync("(raw) hourly GROUP BY level over the project", 5, settings.ReadSamples, async _ =>
        {
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(AggregateSql, connection);
            command.Parameters.AddWithValue("p", workspace.ProjectId);
            command.Parameters.AddWithValue("notBefore", DateTime.UtcNow.AddDays(-365));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }, progress);

    /// <summary>The endpoint with nothing cached: the project's splits are deleted (untimed) before each request.</summary>
    public static async Task<Measurement> ColdAsync(BenchSettings settings, BenchWorkspace workspace, Action<double> progress)
    {
        using var client = workspace.CreateClient(settings, 1);
        var milliseconds = new List<double>(ColdSamples);
        for (var sample = 0; sample < ColdSamples; sample++)
        {
            await ForgetCachedAsync(settings, workspace);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await HourlyAsync(client);
            milliseconds.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            progress((double)(sample + 1) / ColdSamples);
        }

        return Measurement.Latency("(aggregate) cold POST /logs/aggregate level × hour", milliseconds);
    }

    /// <summary>The endpoint as a polling dashboard sees it: 5 warm-ups (the first fills the cache), then the samples.</summary>
    public static async Task<Measurement> WarmAsync(BenchSettings settings, BenchWorkspace workspace, Action<double> progress)
    {
        using var client = workspace.CreateClient(settings, 1);
        return await Measurement.LatencyOfAsync(
            "(aggregate) warm POST /logs/aggregate level × hour", 5, settings.ReadSamples, _ => HourlyAsync(client), progress);
    }

    private static async Task HourlyAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/workspace/logs/aggregate", new { group_by = new[] { "level" }, interval = "hour" });
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task ForgetCachedAsync(BenchSettings settings, BenchWorkspace workspace)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("DELETE FROM aggregate_cache_splits WHERE project_id = @p", connection);
        command.Parameters.AddWithValue("p", workspace.ProjectId);
        await command.ExecuteNonQueryAsync();
    }
}
