namespace Logtrail.Bench;

/// <summary>
/// Samples a process's resident memory (<c>VmRSS</c> of <c>/proc/&lt;pid&gt;/status</c>) every half second until
/// disposed; <see cref="Summary"/> reports the first, largest and last sample.
/// </summary>
public sealed class ResidentMemory : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly List<long> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private ResidentMemory(int pid) => _sampling = SampleAsync(pid);

    /// <summary>Starts sampling the process; null when no process id was given (<c>--service-pid</c>).</summary>
    public static ResidentMemory? Of(int? pid) => pid is { } id ? new ResidentMemory(id) : null;

    public static long? BytesOf(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    public Measurement Summary(string name)
    {
        lock (_samples)
        {
            if (_samples.Count == 0)
            {
                return new Measurement(name, "not measured", 0, Detail: "no sample (the process was gone)");
            }

            static double Mib(long bytes) => bytes / 1048576.0;
            return new Measurement(name, "MiB", Mib(_samples.Max()),
                Detail: $"max of {_samples.Count} samples every {Interval.TotalSeconds} s; first {Mib(_samples[0]):N0} MiB, last {Mib(_samples[^1]):N0} MiB");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(int pid)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            if (BytesOf(pid) is { } bytes)
            {
                lock (_samples)
                {
                    _samples.Add(bytes);
                }
            }
        }
        while (await Wait(timer));
    }

    private async Task<bool> Wait(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
