using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>
/// The real service as its own process on real Kestrel (127.0.0.1, a free port), built alongside the tests: for
/// what the in-memory test server cannot show (body limits on the wire, a process that dies).
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private ServiceProcess(int port, IReadOnlyDictionary<string, string> settings)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _settings = settings;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the service; <paramref name="settings"/> are environment variables on top of the defaults below (the test database, no migrations, no partition maintenance, warnings only).</summary>
    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var service = new ServiceProcess(FreePort(), settings ?? new Dictionary<string, string>());
        await service.StartProcessAsync();
        return service;
    }

    /// <summary>Whether the process has written a line matching <paramref name="match"/> (standard output or error) since it started.</summary>
    public bool HasWritten(Func<string, bool> match) => _output.Any(match);

    public HttpClient CreateClient(string apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        return client;
    }

    /// <summary>Kills the process without letting it shut down, as a crash or power loss would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Asks the process to stop as a supervisor does (SIGTERM) and waits until it has exited and its output is read; returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        var process = _process!;
        Assert.That(SendSignal(process.Id, SigTerm), Is.Zero, "SIGTERM could not be sent");
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        var exitCode = process.ExitCode;
        process.Dispose();
        _process = null;
        return exitCode;
    }

    public async Task RestartAsync()
    {
        await KillAsync();
        await StartProcessAsync();
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    /// <summary>Runs the service's binary as a command (e.g. <c>admin create-token</c>) against the test database and waits for it.</summary>
    public static async Task<CommandResult> RunCommandAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(ServiceAssembly())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(ServiceAssembly());
        args.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["ConnectionStrings__Logtrail"] = TestDatabase.ConnectionString;
        start.Environment["Logtrail__Database__MigrateOnStart"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        return new CommandResult(process.ExitCode, await output, await error);
    }

    private async Task StartProcessAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ServiceAssembly(), "--urls", BaseAddress.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(ServiceAssembly())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Logtrail"] = TestDatabase.ConnectionString;
        start.Environment["Logtrail__Database__MigrateOnStart"] = "false";
        start.Environment["Logtrail__Logs__MaintainPartitions"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in _settings)
        {
            start.Environment[name] = value;
        }

        _output.Clear();
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Collect(line.Data);
        _process.ErrorDataReceived += (_, line) => Collect(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Generous on purpose: on a busy machine a first start (JIT, migrations check, listener) can take long, and a
        // probe that times out is only a probe that has not been answered yet.
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(180))
        {
            Assert.That(_process.HasExited, Is.False, $"the service process exited while starting:\n{string.Join('\n', _output.TakeLast(30))}");
            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the probe's timeout.
            }

            await Task.Delay(100);
        }

        Assert.Fail("the service process did not become ready within 180 s");
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    /// <summary>The service's own build output: <c>src/Logtrail.Api/bin/{configuration}/net10.0</c>, beside this test's.</summary>
    private static string ServiceAssembly()
    {
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testDirectory.Parent!.Name;
        var root = testDirectory.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(root, "src", "Logtrail.Api", "bin", configuration, testDirectory.Name, "Logtrail.Api.dll");
        Assert.That(File.Exists(path), Is.True, $"the service is not built at {path}");
        return path;
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int processId, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
