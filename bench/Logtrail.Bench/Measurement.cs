namespace Logtrail.Bench;

/// <summary>One figure of the run: throughput (per second), or latency percentiles in milliseconds.</summary>
public sealed record Measurement(string Name, string Unit, double Value, double? P50 = null, double? P95 = null, double? P99 = null, string? Detail = null)
{
    public static Measurement Throughput(string name, string unit, long count, TimeSpan elapsed, string? detail = null) =>
        new(name, unit, count / elapsed.TotalSeconds, Detail: detail ?? $"{count:N0} in {elapsed.TotalSeconds:0.0} s");

    public static Measurement Latency(string name, IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
        return new Measurement(name, "ms", sorted.Average(), At(0.50), At(0.95), At(0.99), $"{sorted.Length} requests");
    }

    /// <summary>Runs <paramref name="request"/> <paramref name="warmups"/> times unmeasured, then <paramref name="samples"/> times timed one after another.</summary>
    public static async Task<Measurement> LatencyOfAsync(string name, int warmups, int samples, Func<int, Task> request, Action<double> progress)
    {
        for (var warmup = 0; warmup < warmups; warmup++)
        {
            await request(-1 - warmup);
        }

        var milliseconds = new List<double>(samples);
        for (var sample = 0; sample < samples; sample++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await request(sample);
            milliseconds.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            progress((double)(sample + 1) / samples);
        }

        return Latency(name, milliseconds);
    }
}
