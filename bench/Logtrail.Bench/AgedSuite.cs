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
    /// <summary>Alternating rounds of the service's first page and pgbench's, per phase.</summary>
    private const int Rounds = 3;

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
            await run("fresh: settle", _ => raw.SettleAsync());
            await MeasureAsync(run, settings, fresh, raw, "fresh");

            await run($"age: {settings.HistoryLogs:N0} logs over {settings.HistoryDays} days",
                report => loader.AgeAsync(history, settings.HistoryLogs, settings.HistoryDays, report));
            await run("aged: size", _ => loader.SizeAsync("aged"));
            await run("aged: settle", _ => raw.SettleAsync());
            await MeasureAsync(run, settings, fresh, raw, "aged");
            await MeasureAsync(run, settings, history, raw: null, "history");
        });

        double Value(string name) => results.Single(m => m.Name == name).Value;
        var ratios = new Dictionary<string, double>
        {
            ["first page req/s aged_over_fresh"] = Value("aged: GET /logs first page ×8") / Value("fresh: GET /logs first page ×8"),
            ["first page req/s fresh_over_raw (median of the rounds' ratios)"] = Value("fresh: GET /logs ÷ pgbench, median of the rounds"),
            ["first page req/s aged_over_raw (median of the rounds' ratios)"] = Value("aged: GET /logs ÷ pgbench, median of the rounds"),
        };
        await Report.WriteAsync(settings, "aged", results, ratios);
    }

    private static async Task MeasureAsync(Report.Step run, BenchSettings settings, BenchWorkspace workspace, RawReadBaseline? raw, string phase)
    {
        var reads = new ReadBenchmarks(settings, workspace);
        var lcql = new LcqlBenchmarks(settings, workspace);
        if (raw is null)
        {
            await run($"{phase}: first page ×8", report => FirstPageThroughputAsync(settings, workspace, reads, $"{phase}: GET /logs first page ×8", report));
        }
        else
        {
            await FirstPageAgainstRawAsync(run, settings, workspace, reads, raw, phase);
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

    /// <summary>
    /// The service's first page and pgbench's in alternating rounds (pgbench, then the service, <see cref="Rounds"/>
    /// times), so both sides run under the same conditions; each round's figures and ratio are reported, and the
    /// medians under the phase's plain names. One unmeasured round of each goes first: the service's first seconds on a
    /// route are its JIT compiling it (0.12 of pgbench in such a round, 0.27–0.31 in the two after it).
    /// </summary>
    private static async Task FirstPageAgainstRawAsync(
        Report.Step run, BenchSettings settings, BenchWorkspace workspace, ReadBenchmarks reads, RawReadBaseline raw, string phase)
    {
        var rawWarmUp = $"{phase}: (warm-up) raw read: pgbench first page";
        var serviceWarmUp = $"{phase}: (warm-up) GET /logs first page ×8";
        await run(rawWarmUp, async report => await raw.FirstPageAsync(report) with { Name = rawWarmUp });
        await run(serviceWarmUp, report => FirstPageThroughputAsync(settings, workspace, reads, serviceWarmUp, report));
        var service = new List<double>();
        var database = new List<double>();
        for (var round = 1; round <= Rounds; round++)
        {
            var rawName = $"{phase}: raw read: pgbench first page, round {round}";
            var serviceName = $"{phase}: GET /logs first page ×8, round {round}";
            Measurement? rawRound = null, serviceRound = null;
            await run(rawName, async report => rawRound = await raw.FirstPageAsync(report) with { Name = rawName });
            await run(serviceName, async report => serviceRound = await FirstPageThroughputAsync(settings, workspace, reads, serviceName, report));
            database.Add(rawRound?.Value ?? double.NaN);
            service.Add(serviceRound?.Value ?? double.NaN);
        }

        var ratios = service.Zip(database, (get, pgbench) => get / pgbench).ToList();
        await run($"{phase}: GET /logs first page ×8", _ => Task.FromResult(new Measurement(
            $"{phase}: GET /logs first page ×8", "req/s", Median(service), Detail: $"median of {Rounds} rounds")));
        await run($"{phase}: raw read: pgbench first page", _ => Task.FromResult(new Measurement(
            $"{phase}: raw read: pgbench first page", "tps", Median(database), Detail: $"median of {Rounds} rounds")));
        await run($"{phase}: ratio", _ => Task.FromResult(new Measurement(
            $"{phase}: GET /logs ÷ pgbench, median of the rounds", "ratio", Median(ratios),
            Detail: string.Join(" / ", ratios.Select(ratio => ratio.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))))));
    }

    /// <summary>The first page at 8 connections with wrk when it is installed, else with the benchmark's own HTTP client (the detail says which).</summary>
    private static Task<Measurement> FirstPageThroughputAsync(
        BenchSettings settings, BenchWorkspace workspace, ReadBenchmarks reads, string name, Action<double> progress) =>
        WrkFirstPage.IsInstalled
            ? new WrkFirstPage(settings, workspace).RunAsync(name, progress)
            : reads.FirstPageThroughputAsync(name, progress);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
