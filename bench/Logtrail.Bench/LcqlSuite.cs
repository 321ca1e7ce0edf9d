namespace Logtrail.Bench;

/// <summary>Issue 4's run: each LCQL query's latency through the API next to its SQL run directly.</summary>
public static class LcqlSuite
{
    public static async Task RunAsync(BenchSettings settings)
    {
        var workspace = await BenchWorkspace.ForLargestProjectAsync(settings);
        var lcql = new LcqlBenchmarks(settings, workspace);
        var window = await lcql.MiddleHourAsync();
        var results = await Report.RunStepsAsync(async run =>
        {
            foreach (var (name, query, sql) in LcqlBenchmarks.Queries)
            {
                await run($"LCQL {name}", report => lcql.ApiAsync(name, LcqlBenchmarks.Text(query, window), report));
                await run($"SQL {name}", report => lcql.SqlAsync(name, sql, window, report));
            }
        });

        var ratios = LcqlBenchmarks.Queries.ToDictionary(
            query => $"{query.Name} p95 api_over_sql",
            query => results.Single(m => m.Name == $"LCQL {query.Name}").P95!.Value / results.Single(m => m.Name == $"SQL {query.Name}").P95!.Value);
        await Report.WriteAsync(settings, "lcql", results, ratios);
    }
}
