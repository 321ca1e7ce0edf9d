using System.Text.Json;

namespace Logtrail.Bench;

/// <summary>What to measure against: a running service (its credentials file) and its database.</summary>
public sealed record BenchSettings(
    Uri BaseUrl, string AdminToken, string ConnectionString, int Logs, int BatchSize, int[] BulkConcurrency, int Seconds,
    int Concurrency, int ReadLogs, int ReadSamples, string OutputDirectory, string Mode, int HistoryLogs, int HistoryDays, string AgeVia,
    int? ServicePid = null, Guid? ProjectId = null, long VolumeLogs = 10_000_000, int VolumeDays = 60)
{
    public static BenchSettings Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index + 1 < args.Length; index += 2)
        {
            options[args[index].TrimStart('-')] = args[index + 1];
        }

        string Option(string name, string fallback) => options.GetValueOrDefault(name, fallback);
        var dataDirectory = Option("data", ".data");
        using var credentials = JsonDocument.Parse(File.ReadAllText(Option("credentials", Path.Combine(dataDirectory, "credentials.json"))));
        var connection = options.TryGetValue("connection", out var given)
            ? given
            : $"Host=127.0.0.1;Port={Environment.GetEnvironmentVariable("LOGTRAIL_PG_PORT") ?? "5433"};Database=logtrail;Username=logtrail;"
              + $"Password={File.ReadAllText(Path.Combine(dataDirectory, "postgres-password")).Trim()};Maximum Pool Size=200";
        return new BenchSettings(
            new Uri(credentials.RootElement.GetProperty("base_url").GetString()!),
            credentials.RootElement.GetProperty("admin_token").GetString()!,
            connection,
            int.Parse(Option("logs", "200000")),
            int.Parse(Option("batch", "1000")),
            Option("bulk-concurrency", "1,4,8").Split(',').Select(int.Parse).ToArray(),
            int.Parse(Option("seconds", "15")),
            int.Parse(Option("concurrency", "32")),
            int.Parse(Option("read-logs", "1000000")),
            int.Parse(Option("read-samples", "300")),
            Option("out", Path.Combine("bench", "results")),
            Option("mode", "ingest"),
            int.Parse(Option("history-logs", "1000000")),
            int.Parse(Option("history-days", "365")),
            Option("age-via", "import"),
            options.TryGetValue("service-pid", out var pid) ? int.Parse(pid) : null,
            options.TryGetValue("project", out var project) ? Guid.Parse(project) : null,
            long.Parse(Option("volume-logs", "10000000")),
            int.Parse(Option("volume-days", "60")));
    }

    /// <summary>The settings as a result file records them: everything but the admin token and the connection string.</summary>
    public object ForReport() => new { BaseUrl, Logs, BatchSize, BulkConcurrency, Seconds, Concurrency, ReadLogs, ReadSamples, Mode, HistoryLogs, HistoryDays, AgeVia, ProjectId, VolumeLogs, VolumeDays };
}
