using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Logtrail.Bench;

/// <summary>
/// The database alone, reading: pgbench, prepared statements, 8 clients, the first-page SQL of <c>GET /logs</c> over
/// the minimal table (same columns, primary key and one btree on <c>(project_id, environment, server_timestamp DESC,
/// id DESC)</c>, no partitions, no search indexes) holding the same rows as the measured project.
/// </summary>
public sealed partial class RawReadBaseline(BenchSettings settings, BenchWorkspace workspace)
{
    private const string Table = "bench_minimal_logs";
    private const int Clients = 8;

    /// <summary>Copies the project's rows into the minimal table, replacing what it held.</summary>
    public async Task<long> LoadAsync()
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            {MinimalLogTable.Create(Table)}
            INSERT INTO {Table} SELECT * FROM logs WHERE project_id = @project AND environment = 'production';
            ANALYZE {Table};
            """,
            connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("project", workspace.ProjectId);
        await command.ExecuteNonQueryAsync();
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {Table}", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Lets what was just loaded settle before a phase is measured: statistics of <c>logs</c> and of the minimal table
    /// (so neither side is planned on missing ones), then a CHECKPOINT (so neither side runs while the load's dirty
    /// pages are still being written out).
    /// </summary>
    public async Task<Measurement> SettleAsync()
    {
        var started = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"ANALYZE logs; ANALYZE {Table}; CHECKPOINT;", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
        return new Measurement("(setup) ANALYZE and CHECKPOINT", "s", started.Elapsed.TotalSeconds);
    }

    public async Task<Measurement> FirstPageAsync(Action<double> progress)
    {
        var script = Path.Combine(Path.GetTempPath(), $"logtrail-bench-page-{Environment.ProcessId}.sql");
        await File.WriteAllTextAsync(script,
            $"""
            SELECT id, project_id, environment, level, action, message, tags, actor::text, target::text, context::text, metadata::text,
                   client_timestamp, server_timestamp, is_public, api_key_id
            FROM {Table} WHERE project_id = '{workspace.ProjectId}' AND environment = 'production'
            ORDER BY server_timestamp DESC, id DESC LIMIT 51;
            """);
        var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var start = new ProcessStartInfo("pgbench")
        {
            ArgumentList =
            {
                "-n", "-M", "prepared", "-c", Clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
                "-T", settings.Seconds.ToString(CultureInfo.InvariantCulture), "-f", script,
                "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture), "-U", connection.Username!, connection.Database!,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PGPASSWORD"] = connection.Password },
        };
        using var pgbench = Process.Start(start)!;
        var ticker = Task.Run(async () =>
        {
            var started = Stopwatch.StartNew();
            while (!pgbench.HasExited)
            {
                progress(Math.Min(1, started.Elapsed.TotalSeconds / settings.Seconds));
                await Task.Delay(500);
            }
        });
        var output = await pgbench.StandardOutput.ReadToEndAsync();
        await pgbench.WaitForExitAsync();
        await ticker;
        File.Delete(script);
        var tps = Tps().Match(output);
        if (!tps.Success)
        {
            throw new InvalidOperationException($"pgbench gave no tps: {output}{await pgbench.StandardError.ReadToEndAsync()}");
        }

        return new Measurement("raw read: pgbench first page", "tps", double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
            Detail: $"pgbench -M prepared -c {Clients} -j 2 -T {settings.Seconds}, minimal table");
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
