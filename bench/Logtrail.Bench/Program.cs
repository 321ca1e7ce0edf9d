using Logtrail.Bench;

// Benchmarks against a running service (./run.sh) and its database; see docs/benchmarks.md.
// dotnet run -c Release --project bench/Logtrail.Bench -- [--mode ingest|lcql|activity|sdk|sdk-cpu|sdk-defaults|console|streaming|aggregate|aged|instances|seed|volume] [options]
var settings = BenchSettings.Parse(args);
await (settings.Mode switch
{
    "ingest" => IngestSuite.RunAsync(settings),
    "lcql" => LcqlSuite.RunAsync(settings),
    "activity" => ActivitySuite.RunAsync(settings),
    "sdk" => SdkSuite.RunAsync(settings),
    "sdk-cpu" => SdkSuite.RunProviderCpuAsync(settings),
    "sdk-defaults" => SdkSuite.RunProviderDefaultsAsync(settings),
    "console" => ConsoleSuite.RunAsync(settings),
    "streaming" => StreamingSuite.RunAsync(settings),
    "aggregate" => AggregateSuite.RunAsync(settings),
    "aged" => AgedSuite.RunAsync(settings),
    "seed" => VolumeSuite.SeedAsync(settings),
    "volume" => VolumeSuite.RunAsync(settings),
    "instances" => InstancesSuite.RunAsync(settings, InstancesSuite.SecondInstance(args)),
    _ => throw new ArgumentException($"Unknown --mode '{settings.Mode}'; use ingest, lcql, activity, sdk, sdk-cpu, sdk-defaults, console, streaming, aggregate, aged, instances, seed or volume."),
});
