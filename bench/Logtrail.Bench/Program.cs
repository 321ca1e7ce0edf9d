using Logtrail.Bench;

// Benchmarks against a running service (./run.sh) and its database; see docs/benchmarks.md.
// dotnet run -c Release --project bench/Logtrail.Bench -- [--mode ingest|lcql|activity|sdk|console|streaming|aged] [options]
var settings = BenchSettings.Parse(args);
await (settings.Mode switch
{
    "ingest" => IngestSuite.RunAsync(settings),
    "lcql" => LcqlSuite.RunAsync(settings),
    "activity" => ActivitySuite.RunAsync(settings),
    "sdk" => SdkSuite.RunAsync(settings),
    "console" => ConsoleSuite.RunAsync(settings),
    "streaming" => StreamingSuite.RunAsync(settings),
    "aged" => AgedSuite.RunAsync(settings),
    _ => throw new ArgumentException($"Unknown --mode '{settings.Mode}'; use ingest, lcql, activity, sdk, console, streaming or aged."),
});
