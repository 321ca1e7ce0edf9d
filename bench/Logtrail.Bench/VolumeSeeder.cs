using System.Diagnostics;
using Npgsql;

namespace Logtrail.Bench;

/// <summary>
/// Seeds a project with millions of logs straight in PostgreSQL — <c>INSERT … SELECT</c> over
/// <c>generate_series</c>, a day per statement, into the partitions <c>ensure_log_partition</c> makes — for reads at
/// volume: the import endpoint (about 2,400 logs/s) would take an hour for 10 M. The rows look like
/// <see cref="GeneratedLog"/>'s (the same actions, level mix, six-word messages, tags, actor of 50,000 users, context
/// and metadata), spread evenly over the days before now, ids UUIDv7 of their server timestamps as the service stamps
/// them, client timestamps up to 5 s before them.
/// </summary>
public sealed class VolumeSeeder(BenchSettings settings)
{
    /// <summary>One day of rows: <c>@first</c>…<c>@last</c> of <c>@count</c>, evenly spaced over <c>@span</c> before <c>@top</c>.</summary>
    private const string InsertDay =
        """
        INSERT INTO logs (project_id, environment, server_timestamp, id, client_timestamp, level, action, message, tags, actor,
                          context, metadata, api_key_id)
        SELECT @project, 'production', row.stamp,
               (lpad(to_hex(floor(extract(epoch FROM row.stamp) * 1000)::bigint), 12, '0') || '7' || substr(row.bits, 1, 3)
                || substr('89ab', 1 + (row.r0 * 4)::int % 4, 1) || substr(row.bits, 4, 15))::uuid,
               row.stamp - row.r0 * interval '5 seconds',
               (CASE WHEN row.r1 < 0.5 THEN 2 WHEN row.r1 < 0.625 THEN 3 WHEN row.r1 < 0.75 THEN 4 WHEN row.r1 < 0.875 THEN 1
                     ELSE least(5, floor(random() * 6)) END)::smallint,
               (ARRAY['user.login', 'user.logout', 'order.created', 'order.paid', 'invoice.sent', 'team.invited', 'api.request'])[1 + floor(row.r2 * 7)::int],
               row.words[1 + floor(random() * 10)::int] || ' ' || row.words[1 + floor(random() * 10)::int] || ' '
                   || row.words[1 + floor(random() * 10)::int] || ' ' || row.words[1 + floor(random() * 10)::int] || ' '
                   || row.words[1 + floor(random() * 10)::int] || ' ' || row.words[1 + floor(random() * 10)::int],
               (SELECT coalesce(array_agg(DISTINCT 'tag' || floor(random() * 20)::int), '{}')
                FROM generate_series(1, floor(row.r3 * 4)::int)),
               jsonb_build_object('id', 'user_' || row.member, 'name', 'User ' || row.member, 'email', 'user' || row.member || '@example.com'),
               jsonb_build_object('ip', '10.0.' || floor(random() * 256) || '.' || floor(random() * 256), 'request_id', gen_random_uuid()),
               jsonb_build_object('duration_ms', floor(random() * 2000)::int, 'status_code', CASE WHEN random() < 0.1 THEN 500 ELSE 200 END),
               @key
        FROM (
            SELECT date_trunc('milliseconds', @top - @span * (i::float8 / @count)) + (random() * 999)::int * interval '1 microsecond' AS stamp,
                   replace(gen_random_uuid()::text, '-', '') AS bits, floor(random() * 50000)::int AS member,
                   random() AS r0, random() AS r1, random() AS r2, random() AS r3,
                   ARRAY['payment', 'accepted', 'timeout', 'retry', 'customer', 'session', 'expired', 'upstream', 'queue', 'synced'] AS words
            FROM generate_series(@first::bigint, @last::bigint) AS i
        ) AS row
        """;

    public async Task<Measurement> SeedAsync(BenchWorkspace workspace, long count, int days, Action<double> progress)
    {
        var top = DateTimeOffset.UtcNow.AddMinutes(-5);
        var span = TimeSpan.FromDays(days);
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await LogPartitions.EnsureAsync(connection, top - span, top);

        var perDay = (long)Math.Ceiling((double)count / days);
        var stopwatch = Stopwatch.StartNew();
        for (long first = 0; first < count; first += perDay)
        {
            await using var insert = new NpgsqlCommand(InsertDay, connection) { CommandTimeout = 0 };
            insert.Parameters.AddWithValue("project", workspace.ProjectId);
            insert.Parameters.AddWithValue("key", workspace.KeyId);
            insert.Parameters.AddWithValue("top", top);
            insert.Parameters.AddWithValue("span", span);
            insert.Parameters.AddWithValue("count", (double)count);
            insert.Parameters.AddWithValue("first", first);
            insert.Parameters.AddWithValue("last", Math.Min(count, first + perDay) - 1);
            await insert.ExecuteNonQueryAsync();
            progress((double)Math.Min(count, first + perDay) / count);
        }

        var elapsed = stopwatch.Elapsed;
        await using (var analyze = new NpgsqlCommand("ANALYZE logs", connection) { CommandTimeout = 0 })
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return Measurement.Throughput("(seed) INSERT … SELECT generate_series", "rows/s", count, elapsed,
            $"{count:N0} logs over {days} days into project {workspace.ProjectId}, then ANALYZE");
    }
}
