using Logtrail.Client;

namespace Logtrail.Bench;

/// <summary>
/// Issue 13's run: (c) the provider's CPU per log with the network answered in-process, while capturing the requests
/// (b') sends, and (c3) the same for (s3)'s logs, capturing (b3')'s; (s1) ILogger calls accepted by the provider per
/// second (and bytes allocated per call); then rounds of (b) the service's own bulk ingestion, (s3) end-to-end logs/s
/// through the provider with the content of (b)'s logs, (b3') the service posted the very requests the provider sends
/// for (s3) (ready-made), (b') the same for (s2)'s logs, and (s2) end-to-end logs/s through the provider with logs of
/// requests served. (s3) ÷ (b) is the target's ratio (same logs with and without the provider); (s3) ÷ (b3') and
/// (s2) ÷ (b') are what the provider's pipeline itself adds; (b3') ÷ (b) and (b') ÷ (b) are what the provider's
/// logs cost the service against (b)'s.
/// </summary>
public static class SdkSuite
{
    private const int Rounds = 5;

    public static async Task RunAsync(BenchSettings settings)
    {
        var (api, sdk, logs, concurrency) = await PrepareAsync(settings);
        IReadOnlyList<BulkBody> providerRequests = [];
        IReadOnlyList<BulkBody> providerRequestsLikeBulk = [];
        var results = await Report.RunStepsAsync(async run =>
        {
            await run("(c) provider CPU per log", async _ =>
            {
                (providerRequests, var cpu) = await sdk.CaptureRequestsAsync(
                    "(c) provider CPU per log, network answered in-process", SdkBenchmarks.RequestsServed(settings.Logs), settings.Logs, warmups: 3);
                return cpu;
            });
            await run("(c3) provider CPU per log, logs like (b)'s", async _ =>
            {
                (providerRequestsLikeBulk, var cpu) = await sdk.CaptureRequestsAsync(
                    "(c3) provider CPU per log, logs like (b)'s, network answered in-process", SdkBenchmarks.LikeBulk(logs), settings.Logs, warmups: 1);
                return cpu;
            });
            await run("(s1) accept rate", report => Task.FromResult(sdk.AcceptRate(2_000_000, report)));
            for (var round = 1; round <= Rounds; round++)
            {
                var number = round;
                Func<Task>[] steps =
                [
                    () => run($"(b) bulk ×{concurrency}, round {number}", async report => await api.BulkAsync(logs, concurrency, report) with { Name = $"(b) POST /logs/bulk ×{concurrency}, round {number}" }),
                    () => run($"(s3) provider, logs like (b)'s, round {number}", async report => await sdk.EndToEndLikeBulkAsync(logs, report) with { Name = $"(s3) ILogger → service, logs like (b)'s, round {number}" }),
                    () => run($"(b') the provider's requests ×{concurrency}, round {number}", async report => Measurement.Throughput(
                        $"(b') POST /logs/bulk ×{concurrency} of the provider's own requests, round {number}", "rows/s", settings.Logs,
                        await api.PostBodiesAsync(providerRequests, concurrency, report),
                        $"{settings.Logs:N0} logs: the {providerRequests.Count} bodies the provider sends, ready-made, {concurrency} concurrent requests")),
                    () => run($"(b3') the provider's requests for (s3)'s logs ×{concurrency}, round {number}", async report => Measurement.Throughput(
                        $"(b3') POST /logs/bulk ×{concurrency} of the provider's own requests for (s3)'s logs, round {number}", "rows/s", settings.Logs,
                        await api.PostBodiesAsync(providerRequestsLikeBulk, concurrency, report),
                        $"{settings.Logs:N0} logs: the {providerRequestsLikeBulk.Count} bodies the provider sends for (s3), ready-made, {concurrency} concurrent requests")),
                    () => run($"(s2) provider, round {number}", async report => await sdk.EndToEndAsync(settings.Logs, report) with { Name = $"(s2) ILogger → service, round {number}" }),
                ];

                // Odd rounds run (b) first, even rounds last, so that a machine getting busier or quieter during the
                // run does not favour one side of a ratio.
                foreach (var step in round % 2 == 1 ? steps : steps.Reverse())
                {
                    await step();
                }
            }
        });

        // The target (end to end through the provider ≥ 0.8 × the service's own bulk ingestion) is judged on (s3) ÷ (b):
        // the same logs with and without the provider. (s2)'s logs cost the service more index work than (b)'s, so
        // (s2) ÷ (b) mixes the provider's cost with the content's; (s2) ÷ (b') isolates the provider's. All are
        // reported in every run, each as the best over the best and as the median of the rounds' own ratios.
        double Best(string prefix) => Of(prefix).Max();
        double[] Of(string prefix) => [.. results.Where(m => m.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Value)];
        double MedianRatio(string over, string under) => Of(over).Zip(Of(under), (a, b) => a / b).Order().ElementAt(Rounds / 2);
        await Report.WriteAsync(settings, "sdk", results, new Dictionary<string, double>
        {
            ["target: (s3) ÷ (b), same logs, best over best (target ≥ 0.8)"] = Best("(s3)") / Best("(b)"),
            ["target: (s3) ÷ (b), same logs, median of the rounds (target ≥ 0.8)"] = MedianRatio("(s3)", "(b) "),
            ["(s2) ÷ (b'), the provider's own requests, best over best"] = Best("(s2)") / Best("(b')"),
            ["(s2) ÷ (b'), median of the rounds"] = MedianRatio("(s2)", "(b')"),
            ["(s2) ÷ (b), different logs, best over best"] = Best("(s2)") / Best("(b) "),
            ["(s2) ÷ (b), median of the rounds"] = MedianRatio("(s2)", "(b) "),
            ["(s3) ÷ (b3'), the provider's own requests for the same logs, median of the rounds"] = MedianRatio("(s3)", "(b3')"),
            ["(b3') ÷ (b), what the provider's mapping of the same logs costs the service, median of the rounds"] = MedianRatio("(b3')", "(b) "),
            ["(b') ÷ (b), what the provider's logs cost the service against (b)'s, best over best"] = Best("(b')") / Best("(b) "),
        });
    }

    /// <summary>
    /// Steps (c) and (c3) alone, six passes each, alternating: the provider's CPU per log for (s2)'s logs
    /// (<c>LoggerMessage</c> delegates) and for (s3)'s (<c>ILogger.Log</c> with a template and an argument array), to
    /// compare two versions of the provider quickly.
    /// </summary>
    public static async Task RunProviderCpuAsync(BenchSettings settings)
    {
        var sdk = new SdkBenchmarks(settings, await BenchWorkspace.CreateAsync(settings));
        var likeBulk = SdkBenchmarks.LikeBulk(GeneratedLog.Many(settings.Logs));
        var results = await Report.RunStepsAsync(async run =>
        {
            for (var pass = 1; pass <= 6; pass++)
            {
                var number = pass;
                await run($"(c) provider CPU per log, pass {number}", async _ => (await sdk.CaptureRequestsAsync($"(c) provider CPU per log, pass {number}", SdkBenchmarks.RequestsServed(settings.Logs), settings.Logs, warmups: 1)).ProviderCpu);
                await run($"(c3) provider CPU per log, logs like (b)'s, pass {number}", async _ => (await sdk.CaptureRequestsAsync($"(c3) provider CPU per log, logs like (b)'s, pass {number}", likeBulk, settings.Logs, warmups: 1)).ProviderCpu);
            }
        });
        await Report.WriteAsync(settings, "sdk-cpu", results, new Dictionary<string, double>());
    }

    /// <summary>
    /// The provider's defaults against alternatives, end to end with (s3)'s logs: rounds of (b) and of (s3) with each
    /// setting, in alternating order, each reported as the median of its rounds' ratios to (b).
    /// </summary>
    public static async Task RunProviderDefaultsAsync(BenchSettings settings)
    {
        var (api, sdk, logs, concurrency) = await PrepareAsync(settings);
        SdkBenchmarks.ProviderTuning[] tunings =
        [
            new("defaults (4 in flight, no gzip to a loopback address)"),
            new("gzip above 16 KiB", Client: options => options.GzipThresholdBytes = LogtrailClientOptions.DefaultGzipThresholdBytes),
            new("2 in flight", Provider: options => options.MaxConcurrentBatches = 2),
            new("8 in flight", Provider: options => options.MaxConcurrentBatches = 8),
            new("batches of 500", Provider: options => options.MaxBatchSize = 500),
        ];
        var results = await Report.RunStepsAsync(async run =>
        {
            // Unmeasured: the provider's code is compiled before the first measured round, not in it.
            await sdk.EndToEndLikeBulkAsync(logs, _ => { });
            for (var round = 1; round <= Rounds; round++)
            {
                var number = round;
                var steps = new List<Func<Task>>
                {
                    () => run($"(b) bulk ×{concurrency}, round {number}", async report => await api.BulkAsync(logs, concurrency, report) with { Name = $"(b) POST /logs/bulk ×{concurrency}, round {number}" }),
                };
                steps.AddRange(tunings.Select(tuning => (Func<Task>)(() => run($"(s3) {tuning.Name}, round {number}",
                    async report => await sdk.EndToEndLikeBulkAsync(logs, report, tuning) with { Name = $"(s3) {tuning.Name}, round {number}" }))));
                foreach (var step in round % 2 == 1 ? steps : Enumerable.Reverse(steps))
                {
                    await step();
                }
            }
        });

        double[] Of(string prefix) => [.. results.Where(m => m.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Value)];
        await Report.WriteAsync(settings, "sdk-defaults", results, tunings.ToDictionary(
            tuning => $"(s3) {tuning.Name} ÷ (b), median of the rounds",
            tuning => Of($"(s3) {tuning.Name},").Zip(Of("(b) "), (a, b) => a / b).Order().ElementAt(Rounds / 2)));
    }

    /// <summary>A new workspace, the service's and the provider's benchmarks on it, (b)'s logs and (b)'s concurrency.</summary>
    private static async Task<(ApiBenchmarks Api, SdkBenchmarks Sdk, GeneratedLog[] Logs, int Concurrency)> PrepareAsync(BenchSettings settings)
    {
        var workspace = await BenchWorkspace.CreateAsync(settings);
        return (new ApiBenchmarks(settings, workspace), new SdkBenchmarks(settings, workspace), GeneratedLog.Many(settings.Logs), settings.BulkConcurrency.Max());
    }
}
