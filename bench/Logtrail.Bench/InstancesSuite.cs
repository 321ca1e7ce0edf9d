namespace Logtrail.Bench;

/// <summary>
/// Issue 12's run: single and bulk ingestion through one service instance and through two instances on the same
/// database (requests spread round-robin, as a load balancer would), alternating, in one run: a warm-up, then three rounds alternating which goes first; ratios of the medians, two ÷ one.
/// </summary>
public static class InstancesSuite
{
    private const int Rounds = 3;

    public static async Task RunAsync(BenchSettings settings, Uri secondInstance)
    {
        var workspace = await BenchWorkspace.CreateAsync(settings);
        var one = new ApiBenchmarks(settings, workspace, [settings.BaseUrl]);
        var two = new ApiBenchmarks(settings, workspace, [settings.BaseUrl, secondInstance]);
        var logs = GeneratedLog.Many(settings.Logs);
        var bulkConcurrency = settings.BulkConcurrency.Max();
        var results = await Report.RunStepsAsync(async run =>
        {
            await run("warm-up", async report => await two.SingleAsync(logs, report) with { Name = "(warm-up) POST /logs single, two instance(s)" });

            // Three rounds, alternating which runs first, so that neither always meets a warmer database or a quieter machine.
            for (var round = 0; round < Rounds; round++)
            {
                var order = round % 2 == 0 ? new[] { ("one", one), ("two", two) } : [("two", two), ("one", one)];
                foreach (var (label, api) in order)
                {
                    await run($"single via {label}", async report => await api.SingleAsync(logs, report) with { Name = $"(d) POST /logs single, {label} instance(s)" });
                }

                foreach (var (label, api) in order)
                {
                    await run($"bulk via {label}", async report => await api.BulkAsync(logs, bulkConcurrency, report) with { Name = $"(b) POST /logs/bulk ×{bulkConcurrency}, {label} instance(s)" });
                }
            }
        });

        double Median(string prefix)
        {
            var values = results.Where(m => m.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Value).Order().ToList();
            return values[values.Count / 2];
        }

        await Report.WriteAsync(settings, "instances", results, new Dictionary<string, double>
        {
            ["single_two_over_one"] = Median("(d) POST /logs single, two") / Median("(d) POST /logs single, one"),
            ["bulk_two_over_one"] = Median($"(b) POST /logs/bulk ×{bulkConcurrency}, two") / Median($"(b) POST /logs/bulk ×{bulkConcurrency}, one"),
        });
    }

    /// <summary>The second instance's address: <c>--second-instance http://127.0.0.1:5081</c>.</summary>
    public static Uri SecondInstance(string[] args)
    {
        var index = Array.IndexOf(args, "--second-instance");
        return index >= 0 && index + 1 < args.Length
            ? new Uri(args[index + 1])
            : throw new ArgumentException("--mode instances needs --second-instance <url of another instance on the same database>.");
    }
}
