using Logtrail.Domain.Common;

namespace Logtrail.Bench;

/// <summary>
/// Reads at the database's first day and after a year of history, in one run: a fresh enterprise project is loaded
/// and measured (with the raw read baseline on the same rows); a year of history (<c>--history-logs</c> over
/// <c>--history-days</c>) is then written into a second project, and the same project, key and queries are measured
/// again, and the history project itself (first page, a keyset page half-way back, single logs, activity feeds,
/// every LCQL class).
/// </summary>
public static class AgedSuite
{
    public static async Task RunAsync(BenchSettings settings)
    {
        var fresh = await BenchWorkspace.CreateAsync(settings);
        var history = await BenchWorkspace.CreateAsync(settings);
        var api = new ApiBenchmarks(settings, fresh);
        var raw = new RawReadBaseline(settings, fresh);
        var loader = new HistoryLoader(settings);
        var results = await Report.RunStepsAsync(async run =>
        {
            await run($"load {settings.ReadLogs:N0} logs", report =>
                api.BulkAsync(GeneratedLog.Many(settings.ReadLogs, seed: 7), settings.BulkConcurrency.Max(), report));
            await run("raw read table", async _ =>
            {
                var rows = await raw.LoadAsync();
                return new Measurement("(setup) minimal table rows", "rows", rows);
            });
            await run("fresh: size", _ => loader.SizeAsync("fresh"));
            await MeasureAsync(run, settings, fresh, raw, "fresh");

            await run($"age: {settings.HistoryLogs:N0} logs over {settings.HistoryDays} days",
                report => loader.AgeAsync(history, settings.HistoryLogs, settings.HistoryDays, report));
            await run("aged: size", _ => loader.SizeAsync("aged"));
            await MeasureAsync(run, settings, fresh, raw, "aged");
            await MeasureAsync(run, settings, history, raw: null, "history");
        });

        double Value(string name) => results.Single(m => m.Name == name).Value;
        var ratios = new Dictionary<string, double>
        {
            ["first page req/s aged_over_fresh"] = Value("aged: GET /logs first page ×8") / Value("fresh: GET /logs first page ×8"),
            ["first page req/s fresh_over_raw"] = Value("fresh: GET /logs first page ×8") / Value("fresh: raw read: pgbench first page"),
            ["first page req/s aged_over_raw"] = Value("aged: GET /logs first page ×8") / Value("aged: raw read: pgbench first page"),
        };
        await Report.WriteAsync(settings, "aged", results, ratios);
    }

    private static async Task MeasureAsync(Report.Step run, BenchSettings settings, BenchWorkspace workspace, RawReadBaseline? raw, string phase)
    {
        var reads = new ReadBenchmarks(settings, workspace);
        var lcql = new LcqlBenchmarks(settings, workspace);
        await run($"{phase}: first page ×8", report => reads.FirstPageThroughputAsync($"{phase}: GET /logs first page ×8", report));
        if (raw is not null)
        {
            await run($"{phase}: pgbench", async report => await raw.FirstPageAsync(report) with { Name = $"{phase}: raw read: pgbench first page" });
        }

        await run($"{phase}: first page", report => reads.LatencyAsync($"{phase}: GET /logs first page", _ => "/api/v1/workspace/logs?pageSize=50", report));
        var (cursorId, cursorTimestamp) = await reads.PositionAsync(0.5);
        await run($"{phase}: keyset page half-way back", report => reads.LatencyAsync(
            $"{phase}: GET /logs keyset page half-way back ({cursorTimestamp:yyyy-MM-dd})",
            _ => $"/api/v1/workspace/logs?pageSize=50&cursorID={cursorId}&cursorTS={Uri.EscapeDataString(Rfc3339.Format(cursorTimestamp))}",
            report));
        var ids = await reads.SampleIdsAsync(settings.ReadSamples);
        await run($"{phase}: by id", report => reads.LatencyAsync($"{phase}: GET /logs/{{id}}", sample => $"/api/v1/workspace/logs/{ids[Math.Abs(sample) % ids.Length]}", report));

        await ActivitySuite.MakePublicAsync(settings, workspace);
        var random = new Random(11);
        await run($"{phase}: activity feed", report => reads.LatencyAsync(
            $"{phase}: GET /activity?actor_id=<random of 50,000>", _ => $"/api/v1/workspace/activity?actor_id=user_{random.Next(50_000)}&pageSize=50", report));
        await run($"{phase}: whole activity feed", report => reads.LatencyAsync(
            $"{phase}: GET /activity first page", _ => "/api/v1/workspace/activity?pageSize=50", report));

        var window = await lcql.MiddleHourAsync();
        foreach (var (name, query, _) in LcqlBenchmarks.Queries)
        {
            await run($"{phase}: LCQL {name}", async report =>
                await lcql.ApiAsync(name, LcqlBenchmarks.Text(query, window), report) with { Name = $"{phase}: LCQL {name}" });
        }
    }
}
