namespace Logtrail.Bench;

/// <summary>
/// Issue 13's run: (s1) ILogger calls accepted by the provider per second (and bytes allocated per call); (b) the
/// service's own bulk ingestion and (s2) end-to-end logs/s through the provider, alternating, in the same run.
/// </summary>
public static class SdkSuite
{
    public static async Task RunAsync(BenchSettings settings)
    {
        var workspace = await BenchWorkspace.CreateAsync(settings);
        var api = new ApiBenchmarks(settings, workspace);
        var sdk = new SdkBenchmarks(settings, workspace);
        var logs = GeneratedLog.Many(settings.Logs);
        var concurrency = settings.BulkConcurrency.Max();
        var results = await Report.RunStepsAsync(async run =>
        {
            await run("(s1) accept rate", report => Task.FromResult(sdk.AcceptRate(2_000_000, report)));
            for (var round = 1; round <= 2; round++)
            {
                await run($"(b) bulk ×{concurrency}, round {round}", async report => await api.BulkAsync(logs, concurrency, report) with { Name = $"(b) POST /logs/bulk ×{concurrency}, round {round}" });
                await run($"(s2) provider, round {round}", async report => await sdk.EndToEndAsync(settings.Logs, gzip: true, report) with { Name = $"(s2) ILogger → service, round {round}" });
                await run($"(s2') provider without gzip, round {round}", async report => await sdk.EndToEndAsync(settings.Logs, gzip: false, report) with { Name = $"(s2') ILogger → service without gzip, round {round}" });
            }
        });

        double Best(string prefix) => results.Where(m => m.Name.StartsWith(prefix, StringComparison.Ordinal)).Max(m => m.Value);
        await Report.WriteAsync(settings, "sdk", results, new Dictionary<string, double>
        {
            ["provider_over_bulk"] = Best("(s2)") / Best("(b)"),
            ["provider_without_gzip_over_bulk"] = Best("(s2')") / Best("(b)"),
        });
    }
}
