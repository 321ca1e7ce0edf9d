using Npgsql;

namespace Logtrail.Bench;

/// <summary>The partitions of <c>logs</c> a load straight into the table needs, made as the service makes them (<c>ensure_log_partition</c>).</summary>
public static class LogPartitions
{
    public static async Task EnsureAsync(NpgsqlConnection connection, DateTimeOffset first, DateTimeOffset last)
    {
        await using var partitions = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE ensure_log_partition(day::date)) FROM generate_series(@first::date, @last::date, interval '1 day') AS day",
            connection);
        partitions.Parameters.AddWithValue("first", first.UtcDateTime.Date);
        partitions.Parameters.AddWithValue("last", last.UtcDateTime.Date);
        await partitions.ExecuteScalarAsync();
    }
}
