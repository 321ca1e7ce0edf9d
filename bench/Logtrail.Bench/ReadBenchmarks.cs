using System.Buffers;
using System.Diagnostics;
using Npgsql;

namespace Logtrail.Bench;

/// <summary>Reads of one project through the service: first-page throughput, and latencies of pages, single logs and LCQL classes.</summary>
public sealed class ReadBenchmarks(BenchSettings settings, BenchWorkspace workspace)
{
    public const int ThroughputConnections = 8;

    /// <summary><c>GET /logs?pageSize=50</c> from <see cref="ThroughputConnections"/> connections for the run's seconds.</summary>
    public async Task<Measurement> FirstPageThroughputAsync(string name, Action<double> progress)
    {
        using var client = workspace.CreateClient(settings, ThroughputConnections);
        for (var warmup = 0; warmup < 50; warmup++)
        {
            await GetAsync(client, "/api/v1/workspace/logs?pageSize=50");
        }

        var deadline = TimeSpan.FromSeconds(settings.Seconds);
        var stopwatch = Stopwatch.StartNew();
        long done = 0;
        await Task.WhenAll(Enumerable.Range(0, ThroughputConnections).Select(async _ =>
        {
            while (stopwatch.Elapsed < deadline)
            {
                await GetAsync(client, "/api/v1/workspace/logs?pageSize=50");
                if (Interlocked.Increment(ref done) % 200 == 0)
                {
                    progress(Math.Min(1, stopwatch.Elapsed / deadline));
                }
            }
        }));
        return Measurement.Throughput(name, "req/s", done, stopwatch.Elapsed, $"{ThroughputConnections} connections, {settings.Seconds} s");
    }

    public async Task<Measurement> LatencyAsync(string name, Func<int, string> path, Action<double> progress)
    {
        using var client = workspace.CreateClient(settings, 1);
        return await Measurement.LatencyOfAsync(name, 20, settings.ReadSamples, sample => GetAsync(client, path(sample)), progress);
    }

    /// <summary>The position <paramref name="fraction"/> of the way back through the project's production logs: an id and its timestamp.</summary>
    public async Task<(Guid Id, DateTimeOffset Timestamp)> PositionAsync(double fraction)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT id, server_timestamp FROM logs WHERE project_id = @p AND environment = 'production'
            ORDER BY server_timestamp DESC, id DESC OFFSET (SELECT (count(*) * @fraction)::bigint FROM logs WHERE project_id = @p AND environment = 'production') LIMIT 1
            """,
            connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("p", workspace.ProjectId);
        command.Parameters.AddWithValue("fraction", fraction);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1));
    }

    /// <summary>A sample of the project's log ids, spread over its whole history, for <c>GET /logs/{id}</c>.</summary>
    public async Task<Guid[]> SampleIdsAsync(int count)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            // Not from the oldest day: a year of history imported minutes ago starts to leave a 365-day retention.
            "SELECT id FROM logs TABLESAMPLE SYSTEM (1) WHERE project_id = @p AND environment = 'production' "
            + "AND server_timestamp > now() - interval '364 days' LIMIT @count",
            connection);
        command.Parameters.AddWithValue("p", workspace.ProjectId);
        command.Parameters.AddWithValue("count", count);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids.ToArray();
    }

    /// <summary>One request, its body read to the end through a pooled buffer, not copied into an array of its own.</summary>
    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (await body.ReadAsync(buffer) > 0)
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
