using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Logtrail.Client;
using Logtrail.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logtrail.Bench;

/// <summary>The .NET logging provider: what an <c>ILogger</c> call costs the caller, and logs/s through it to the service.</summary>
public sealed class SdkBenchmarks(BenchSettings settings, BenchWorkspace workspace)
{
    private static readonly Action<ILogger, int, string, int, int, string, Exception?> RequestServed =
        LoggerMessage.Define<int, string, int, int, string>(
            LogLevel.Information, new EventId(7, "api.request"), "Request {RequestNumber} for {UserId} answered {StatusCode} in {DurationMs} ms from {ClientIp}");

    /// <summary>
    /// (s1) Calls per second the provider accepts on one thread, with the network held (no request ever completes,
    /// so nothing is sent while measuring), and the bytes the calling thread allocates per call.
    /// </summary>
    public Measurement AcceptRate(int calls, Action<double> progress)
    {
        using var held = new HeldHandler();
        using var services = ProviderServices(held, calls + 200_000);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Api");
        for (var warmup = 0; warmup < 200_000; warmup++)
        {
            RequestServed(logger, warmup, "user_42", 200, 17, "10.0.0.1", null);
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        for (var call = 0; call < calls; call++)
        {
            RequestServed(logger, call, "user_42", 200, 17, "10.0.0.1", null);
            if ((call & 0xFFFF) == 0)
            {
                progress((double)call / calls);
            }
        }

        stopwatch.Stop();
        var bytesPerCall = (double)(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / calls;
        var dropped = services.GetRequiredService<LogtrailLoggerProvider>().Statistics.Dropped;
        return Measurement.Throughput("(s1) ILogger calls accepted, 1 thread", "calls/s", calls, stopwatch.Elapsed,
            $"{calls:N0} calls in {stopwatch.Elapsed.TotalSeconds:0.00} s; {bytesPerCall:0} bytes allocated per call; {dropped} dropped");
    }

    /// <summary>
    /// (s2) Logs per second from the first <c>ILogger</c> call until the service acknowledged the last one: each log a
    /// request served, with its own request number and one of 50,000 users in message and metadata.
    /// </summary>
    public Task<Measurement> EndToEndAsync(int logs, Action<double> progress) =>
        EndToEndAsync("(s2) ILogger → provider → service", logs, RequestsServed(logs), progress);

    /// <summary>
    /// (s3) As (s2), with the content of (b)'s logs (<see cref="LikeBulk"/>); <paramref name="tune"/> changes the
    /// provider's and its client's settings from the benchmark's (the defaults but batches of 1,000).
    /// </summary>
    public Task<Measurement> EndToEndLikeBulkAsync(IReadOnlyList<GeneratedLog> logs, Action<double> progress, ProviderTuning? tune = null) =>
        EndToEndAsync("(s3) ILogger → provider → service, logs like (b)'s", logs.Count, LikeBulk(logs), progress, tune);

    /// <summary>(s2)'s calls: each a request served, with its own request number and one of 50,000 users.</summary>
    public static Action<ILogger> RequestsServed(int logs) => logger => WriteLogs(logger, logs);

    /// <summary>
    /// The content of (b)'s logs written with <c>ILogger.Log</c>: each generated log's action (as the event name),
    /// level, message and metadata values (duration and status).
    /// </summary>
    public static Action<ILogger> LikeBulk(IReadOnlyList<GeneratedLog> logs)
    {
        var values = logs.Select(log =>
        {
            using var metadata = JsonDocument.Parse(log.Metadata);
            return (Level: (LogLevel)log.Level, Event: new EventId(0, log.Action), log.Message,
                Duration: metadata.RootElement.GetProperty("duration_ms").GetInt32(), Status: metadata.RootElement.GetProperty("status_code").GetInt32());
        }).ToArray();
        return logger =>
        {
            foreach (var log in values)
            {
                logger.Log(log.Level, log.Event, "{Summary} ({duration_ms} ms, status {status_code})", log.Message, log.Duration, log.Status);
            }
        };
    }

    private async Task<Measurement> EndToEndAsync(string name, int logs, Action<ILogger> write, Action<double> progress, ProviderTuning? tune = null)
    {
        using var services = ProviderServices(null, logs + 1, tune);
        var provider = services.GetRequiredService<LogtrailLoggerProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Api");
        var stopwatch = Stopwatch.StartNew();
        write(logger);
        var flushed = provider.FlushAsync();
        while (!flushed.IsCompleted)
        {
            progress((double)provider.Statistics.Sent / logs);
            await Task.WhenAny(flushed, Task.Delay(250));
        }

        await flushed;
        stopwatch.Stop();
        var statistics = provider.Statistics;
        if (statistics.Sent != logs)
        {
            throw new InvalidOperationException($"Sent {statistics.Sent} of {logs}: {statistics.LastError}");
        }

        var client = services.GetRequiredService<IOptions<LogtrailClientOptions>>().Value;
        var options = services.GetRequiredService<IOptions<LogtrailLoggerOptions>>().Value;
        return Measurement.Throughput(name, "rows/s", logs, stopwatch.Elapsed,
            $"{logs:N0} logs, batches of {options.MaxBatchSize:N0}, up to {options.MaxConcurrentBatches} in flight, "
            + (client.GzipThresholdBytes is { } threshold ? $"gzip above {threshold:N0} bytes" : "gzip as by default (none to a loopback address)"));
    }

    /// <summary>
    /// The bulk requests the provider sends for the <paramref name="logs"/> logs <paramref name="write"/> writes,
    /// captured instead of sent (the <c>/info</c> request goes to the service), for (b') and (b3') to post as ready-made
    /// bodies; and the process CPU the provider spends per log to produce them ((c), (c3)), the capturing handler's own
    /// work left out, after unmeasured passes (which compile the provider's code, and let the runtime recompile what runs hot).
    /// </summary>
    public async Task<(IReadOnlyList<BulkBody> Bodies, Measurement ProviderCpu)> CaptureRequestsAsync(string name, Action<ILogger> write, int logs, int warmups)
    {
        for (var warmup = 0; warmup < warmups; warmup++)
        {
            await CaptureOnceAsync(write, logs);
        }

        var (bodies, cpu, handler) = await CaptureOnceAsync(write, logs);
        return (bodies, new Measurement(name, "µs/log", cpu.TotalMicroseconds / logs,
            Detail: $"{cpu.TotalMilliseconds:N0} ms of process CPU for {logs:N0} logs after {warmups} unmeasured pass(es), the capturing handler's own {handler.TotalMilliseconds:N0} ms left out"));
    }

    private async Task<(IReadOnlyList<BulkBody> Bodies, TimeSpan Cpu, TimeSpan Handler)> CaptureOnceAsync(Action<ILogger> write, int logs)
    {
        using var capture = new CapturingHandler();
        using var services = ProviderServices(capture, logs + 1);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Api");
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        write(logger);
        await services.GetRequiredService<LogtrailLoggerProvider>().FlushAsync();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore - capture.OwnTime;
        return capture.Bodies.Sum(body => body.Logs) == logs
            ? ([.. capture.Bodies.Select(body => body.Body)], cpu, capture.OwnTime)
            : throw new InvalidOperationException($"Captured {capture.Bodies.Sum(body => body.Logs)} of {logs} logs.");
    }

    private static void WriteLogs(ILogger logger, int logs)
    {
        for (var call = 0; call < logs; call++)
        {
            RequestServed(logger, call, $"user_{call % 50_000}", call % 10 == 0 ? 500 : 200, call % 2_000, "10.0.0.1", null);
        }
    }

    private ServiceProvider ProviderServices(HttpMessageHandler? primary, int queueCapacity, ProviderTuning? tune = null)
    {
        var services = new ServiceCollection();
        var client = services.AddLogtrail(options =>
        {
            options.ApiKey = workspace.Key;
            options.BaseUrl = settings.BaseUrl;
            tune?.Client?.Invoke(options);
        });
        if (primary is not null)
        {
            client.ConfigurePrimaryHttpMessageHandler(() => primary);
        }

        services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Trace)
            .AddLogtrail(options =>
            {
                options.QueueCapacity = queueCapacity;
                options.MaxBatchSize = 1_000;
                tune?.Provider?.Invoke(options);
            }));
        return services.BuildServiceProvider();
    }

    /// <summary>Settings of the provider and of its client that differ from the benchmark's, for comparing defaults.</summary>
    public sealed record ProviderTuning(string Name, Action<LogtrailClientOptions>? Client = null, Action<LogtrailLoggerOptions>? Provider = null);

    /// <summary>Keeps each bulk request's body and answers it as the service would; forwards every other request.</summary>
    private sealed class CapturingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private long _ownTicks;

        public ConcurrentQueue<(BulkBody Body, int Logs)> Bodies { get; } = new();

        /// <summary>The CPU time spent reading, decompressing and counting the captured bodies.</summary>
        public TimeSpan OwnTime => TimeSpan.FromTicks(Interlocked.Read(ref _ownTicks));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/logs/bulk", StringComparison.Ordinal))
            {
                return await base.SendAsync(request, cancellationToken);
            }

            // Synchronous from here to the answer (the content is in memory), so the thread's CPU time is this
            // handler's own work and nothing else.
            var started = ThreadCpu.Now();
            var bytes = request.Content!.ReadAsByteArrayAsync(cancellationToken).GetAwaiter().GetResult();
            var gzip = request.Content.Headers.ContentEncoding.Contains("gzip");
            using var json = gzip ? new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress) : (Stream)new MemoryStream(bytes);
            using var document = JsonDocument.Parse(json);
            var count = document.RootElement.GetArrayLength();
            Bodies.Enqueue((new BulkBody(bytes, gzip), count));
            var answer = new HttpResponseMessage(HttpStatusCode.Created)
            {
                Content = new StringContent($$"""{"ingested":{{count}},"ids":[]}""", Encoding.UTF8, "application/json"),
            };
            Interlocked.Add(ref _ownTicks, (ThreadCpu.Now() - started).Ticks);
            return answer;
        }
    }

    /// <summary>The calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), unlike wall time unaffected by other processes.</summary>
    private static class ThreadCpu
    {
        private const int ThreadCpuTimeClock = 3;

        public static TimeSpan Now() => ClockGetTime(ThreadCpuTimeClock, out var time) == 0
            ? TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100)
            : throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    /// <summary>A network where no request ever completes (until disposed): what the caller must never wait for.</summary>
    private sealed class HeldHandler : HttpMessageHandler
    {
        private readonly CancellationTokenSource _released = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _released.Token);
            await Task.Delay(Timeout.Infinite, both.Token);
            throw new InvalidOperationException("unreachable");
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _released.Cancel();
                _released.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
