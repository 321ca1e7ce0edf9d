using Npgsql;

namespace Logtrail.Bench;

/// <summary>
/// Reads at volume. <c>--mode seed</c> makes a new enterprise project and seeds it with <c>--volume-logs</c> logs over
/// <c>--volume-days</c> days straight in PostgreSQL (<see cref="VolumeSeeder"/>; no measurement, so it may run outside
/// the benchmark lock). <c>--mode volume</c> then measures the largest project (or <c>--project</c>) through the
/// service — the first page, and every LCQL class of <c>--mode lcql</c> — while sampling the service's resident
/// memory (<c>--service-pid</c>) every half second, and reports the largest sample and the size of <c>logs</c>.
/// </summary>
public static class VolumeSuite
{
    public static async Task SeedAsync(BenchSettings settings)
    {
        var workspace = await BenchWorkspace.CreateAsync(settings);
        var seeder = new VolumeSeeder(settings);
        var results = await Report.RunStepsAsync(async run =>
        {
            await run("size before", _ => SizeAsync(settings, "before"));
            await run($"seed {settings.VolumeLogs:N0} logs over {settings.VolumeDays} days",
                report => seeder.SeedAsync(workspace, settings.VolumeLogs, settings.VolumeDays, report));
            await run("size after", _ => SizeAsync(settings, "after"));
        });
        await Report.WriteAsync(settings, "seed", results, new Dictionary<string, double>());
    }

    public static async Task RunAsync(BenchSettings settings)
    {
        var workspace = await BenchWorkspace.ForLargestProjectAsync(settings);
        var reads = new ReadBenchmarks(settings, workspace);
        var lcql = new LcqlBenchmarks(settings, workspace);
        List<Measurement> results;
        var memory = ResidentMemory.Of(settings.ServicePid);
        await using (memory)
        {
            results = await Report.RunStepsAsync(async run =>
            {
                await run("size", _ => SizeAsync(settings, "now"));
                await run("project", _ => ProjectRowsAsync(settings, workspace));
                await run("first page ×8", report => reads.FirstPageThroughputAsync("GET /logs first page ×8", report));
                await run("first page", report => reads.LatencyAsync("GET /logs first page", _ => "/api/v1/workspace/logs?pageSize=50", report));
                var window = await lcql.MiddleHourAsync();
                foreach (var (name, query, _) in LcqlBenchmarks.Queries)
                {
                    await run($"LCQL {name}", report => lcql.ApiAsync(name, LcqlBenchmarks.Text(query, window), report));
                }
            });
        }

        results.Add(memory?.Summary("service RSS, max") ?? new Measurement("service RSS, max", "not measured", 0, Detail: "no --service-pid"));
        await Report.WriteAsync(settings, "volume", results, new Dictionary<string, double>());
    }

    /// <summary>Rows, partitions and bytes (heap, indexes, TOAST) of <c>logs</c>.</summary>
    private static async Task<Measurement> SizeAsync(BenchSettings settings, string phase)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0), count(*), (SELECT count(*) FROM logs)
            FROM pg_inherits WHERE inhparent = 'logs'::regclass
            """, connection) { CommandTimeout = 0 };
        long bytes, partitions, rows;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            (bytes, partitions, rows) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        return new Measurement($"logs size {phase}", "GiB", bytes / 1073741824.0,
            Detail: $"{rows:N0} rows in {partitions} partitions; database {await DatabaseGibAsync(connection):N1} GiB");
    }

    private static async Task<double> DatabaseGibAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())! / 1073741824.0;
    }

    private static async Task<Measurement> ProjectRowsAsync(BenchSettings settings, BenchWorkspace workspace)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*), min(server_timestamp), max(server_timestamp) FROM logs WHERE project_id = @project AND environment = 'production'",
            connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("project", workspace.ProjectId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var rows = reader.GetInt64(0);
        var span = reader.GetFieldValue<DateTimeOffset>(2) - reader.GetFieldValue<DateTimeOffset>(1);
        return new Measurement("project logs", "rows", rows, Detail: $"over {span.TotalDays:N1} days, project {workspace.ProjectId}");
    }
}
