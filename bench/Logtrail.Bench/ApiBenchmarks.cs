using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace Logtrail.Bench;

/// <summary>
/// The same work through the running service over HTTP: bulk and single ingestion, and reads — sent to the settings'
/// instance, or spread round-robin over <paramref name="instances"/>.
/// </summary>
public sealed class ApiBenchmarks(BenchSettings settings, BenchWorkspace workspace, IReadOnlyList<Uri>? instances = null)
{
    public async Task<Measurement> BulkAsync(IReadOnlyList<GeneratedLog> logs, int concurrency, Action<double> progress)
    {
        var bodies = logs.Chunk(settings.BatchSize)
            .Select(batch => new BulkBody(Encoding.UTF8.GetBytes("[" + string.Join(',', batch.Select(log => log.Json)) + "]"), Gzip: false))
            .ToList();
        var elapsed = await PostBodiesAsync(bodies, concurrency, progress);
        return Measurement.Throughput($"(b) POST /logs/bulk ×{concurrency}", "rows/s", logs.Count, elapsed,
            $"{logs.Count:N0} logs in batches of {settings.BatchSize}, {concurrency} concurrent requests");
    }

    /// <summary>Posts ready-made bulk bodies, <paramref name="concurrency"/> requests at a time; the time until the last is answered.</summary>
    public async Task<TimeSpan> PostBodiesAsync(IReadOnlyList<BulkBody> bodies, int concurrency, Action<double> progress)
    {
        var batches = new ConcurrentQueue<BulkBody>(bodies);
        using var client = workspace.CreateClient(settings, concurrency, instances);
        var stopwatch = Stopwatch.StartNew();
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (batches.TryDequeue(out var body))
            {
                await PostAsync(client, "/api/v1/workspace/logs/bulk", body.Content());
                progress((double)Interlocked.Increment(ref done) / bodies.Count);
            }
        }));
        return stopwatch.Elapsed;
    }

    public async Task<Measurement> SingleAsync(IReadOnlyList<GeneratedLog> logs, Action<double> progress)
    {
        using var client = workspace.CreateClient(settings, settings.Concurrency, instances);
        var deadline = TimeSpan.FromSeconds(settings.Seconds);
        var stopwatch = Stopwatch.StartNew();
        long sent = 0;
        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(async worker =>
        {
            var next = worker;
            while (stopwatch.Elapsed < deadline)
            {
                await PostAsync(client, "/api/v1/workspace/logs", logs[next++ % logs.Count].Json);
                if (Interlocked.Increment(ref sent) % 500 == 0)
                {
                    progress(Math.Min(1, stopwatch.Elapsed / deadline));
                }
            }
        }));
        return Measurement.Throughput("(d) POST /logs single", "rows/s", sent, stopwatch.Elapsed,
            $"{settings.Concurrency} concurrent clients, {settings.Seconds} s");
    }

    public async Task<Measurement> ReadLatencyAsync(string name, string query, Action<double> progress)
    {
        using var client = workspace.CreateClient(settings, 1, instances);
        return await Measurement.LatencyOfAsync(name, 20, settings.ReadSamples, _ => GetAsync(client, query), progress);
    }

    private static Task PostAsync(HttpClient client, string path, string json) =>
        PostAsync(client, path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task PostAsync(HttpClient client, string path, HttpContent content)
    {
        using var response = await client.PostAsync(path, content);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v1/workspace/logs" + query);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }
}
