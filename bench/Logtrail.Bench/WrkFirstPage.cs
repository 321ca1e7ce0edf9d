using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Logtrail.Bench;

/// <summary>
/// <c>GET /logs?pageSize=50</c> from <see cref="ReadBenchmarks.ThroughputConnections"/> connections with <c>wrk</c>
/// (2 threads), a native load generator like pgbench on the other side, so the .NET client's own CPU on the same
/// cores does not weigh on the service's figure. <see cref="IsInstalled"/> tells whether it can run.
/// </summary>
public sealed partial class WrkFirstPage(BenchSettings settings, BenchWorkspace workspace)
{
    public static bool IsInstalled { get; } = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
        .Any(directory => File.Exists(Path.Combine(directory, "wrk"))) ?? false;

    public async Task<Measurement> RunAsync(string name, Action<double> progress)
    {
        var start = new ProcessStartInfo("wrk")
        {
            ArgumentList =
            {
                "-t2", $"-c{ReadBenchmarks.ThroughputConnections}", $"-d{settings.Seconds}s", "-H", $"X-API-Key: {workspace.Key}",
                new Uri(settings.BaseUrl, "/api/v1/workspace/logs?pageSize=50").ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var wrk = Process.Start(start)!;
        var started = Stopwatch.StartNew();
        var output = wrk.StandardOutput.ReadToEndAsync();
        while (!wrk.HasExited)
        {
            progress(Math.Min(1, started.Elapsed.TotalSeconds / settings.Seconds));
            await Task.Delay(500);
        }

        var report = await output;
        var rate = RequestsPerSecond().Match(report);
        if (!rate.Success || report.Contains("Non-2xx", StringComparison.Ordinal))
        {
            throw new HttpRequestException($"wrk: {report}{await wrk.StandardError.ReadToEndAsync()}");
        }

        return new Measurement(name, "req/s", double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            Detail: $"wrk -t2 -c{ReadBenchmarks.ThroughputConnections} -d{settings.Seconds}s");
    }

    [GeneratedRegex(@"Requests/sec:\s*([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
