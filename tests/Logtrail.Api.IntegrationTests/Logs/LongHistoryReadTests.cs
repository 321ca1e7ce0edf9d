using System.Net.Http.Json;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs;
using Npgsql;
using NpgsqlTypes;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

/// <summary>
/// Reads over a year of history, spread over a year of partitions (monthly ones, and one month of daily partitions as
/// a database made before monthly partitions has): every page is the slice the plain single-statement read
/// (<c>ORDER BY server_timestamp DESC, id DESC</c> over the whole table) gives, whatever windows the reader searches.
/// </summary>
public sealed class LongHistoryReadTests : IntegrationTest
{
    private const int Days = 360;
    private static readonly string[] Levels = ["trace", "debug", "info", "warn", "error", "fatal"];

    [Test]
    public async Task Paging_through_a_year_of_partitions_returns_the_pages_of_a_single_ordered_read()
    {
        var (client, projectId) = await EnterpriseWorkspaceAsync();
        var now = Microseconds(Api.Clock.GetUtcNow());
        await CreateYearOfPartitionsAsync(now);
        await InsertHistoryAsync(projectId, "production", now, seed: 1);
        await InsertHistoryAsync(projectId, "staging", now, seed: 2);
        await InsertHistoryAsync((await EnterpriseWorkspaceAsync()).ProjectId, "production", now, seed: 3);

        Assert.That(await ScalarAsync("SELECT count(*) FROM pg_inherits WHERE inhparent = 'logs'::regclass"), Is.GreaterThanOrEqualTo(13 + 27));
        var expected = await OrderedIdsAsync(projectId, "level >= 0");
        Assert.That(expected, Has.Count.GreaterThan(1_000));

        Assert.That(await PagesOfGetAsync(client, "?pageSize=100", keepCursorTimestamp: true), Is.EqualTo(Slices(expected, 100)));
        Assert.That(await PagesOfGetAsync(client, "?pageSize=100", keepCursorTimestamp: false), Is.EqualTo(Slices(expected, 100)),
            "the cursor entry is found by its id alone");

        var errors = await OrderedIdsAsync(projectId, "level = 4");
        Assert.That(await PagesOfGetAsync(client, "?pageSize=10&levels=error", keepCursorTimestamp: true), Is.EqualTo(Slices(errors, 10)),
            "a sparse filter pages across windows");
        Assert.That(await PagesOfQueryAsync(client, "level=error"), Is.EqualTo(Slices(errors, 50)));
        Assert.That(await PagesOfQueryAsync(client, "action=\"no.such.action\""), Is.Empty, "a query that matches nothing ends");
    }

    [Test]
    public async Task A_window_half_a_year_back_returns_the_same_logs_as_a_single_ordered_read()
    {
        var (client, projectId) = await EnterpriseWorkspaceAsync();
        var now = Microseconds(Api.Clock.GetUtcNow());
        await CreateYearOfPartitionsAsync(now);
        await InsertHistoryAsync(projectId, "production", now, seed: 4);
        var from = now.AddDays(-200);
        var to = now.AddDays(-150);

        var expected = await OrderedIdsAsync(projectId, "server_timestamp >= @from AND server_timestamp < @to", from, to);
        var window = $"?pageSize=100&from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}";

        Assert.That(expected, Is.Not.Empty);
        Assert.That(await PagesOfGetAsync(client, window, keepCursorTimestamp: false), Is.EqualTo(Slices(expected, 100)));
    }

    [Test]
    public async Task Searches_by_client_time_over_clocks_that_lag_and_lead_return_the_pages_of_a_single_ordered_read()
    {
        var (client, projectId) = await EnterpriseWorkspaceAsync();
        var now = Microseconds(Api.Clock.GetUtcNow());
        await CreateYearOfPartitionsAsync(now);
        await InsertHistoryAsync(projectId, "production", now, seed: 5, ClockOfSomeClient);
        var from = now.AddDays(-200);
        var to = now.AddDays(-150);

        var cases = new (string Lcql, string Sql)[]
        {
            ($"client_timestamp>={Instant(from)} client_timestamp<{Instant(to)}", "client_timestamp >= @from AND client_timestamp < @to"),
            ($"client_timestamp<{Instant(to)}", "client_timestamp < @to"),
            ($"client_timestamp>{Instant(from)} level>=warn", "client_timestamp > @from AND level >= 3"),
            ($"client_timestamp<={Instant(to)} timestamp>={Instant(from)}", "client_timestamp <= @to AND server_timestamp >= @from"),
            ($"timestamp>={Instant(from)} timestamp<{Instant(to)} level>=warn", "server_timestamp >= @from AND server_timestamp < @to AND level >= 3"),
            ($"client_timestamp<{Instant(to)} OR level=fatal", "(client_timestamp < @to OR level = 5)"),
        };
        await AssertPagesOfSingleReadsAsync(client, projectId, cases, from, to, moreThan: 50);

        var lagging = await OrderedIdsAsync(projectId, "client_timestamp < @to AND server_timestamp >= @to + interval '1 day'", from, to);
        Assert.That(lagging, Is.Not.Empty, "some logs stored after the range were stamped within it by a lagging clock");
        var exact = await OrderedIdsAsync(projectId, "client_timestamp = (SELECT client_timestamp FROM logs WHERE id = @id)", from, to, lagging[0]);
        Assert.That(await PagesOfQueryAsync(client, $"client_timestamp={Instant(await ClientTimestampAsync(lagging[0]))}"), Is.EqualTo(Slices(exact, 50)));
    }

    [Test]
    public async Task Searches_by_a_client_time_range_that_most_logs_match_return_the_pages_of_a_single_ordered_read()
    {
        var (client, projectId) = await EnterpriseWorkspaceAsync();
        var now = Microseconds(Api.Clock.GetUtcNow());
        await CreateYearOfPartitionsAsync(now);
        var from = now.AddHours(-2);
        var to = from.AddSeconds(10);
        var stored = now.AddHours(-1);
        var random = new Random(6);

        // Newest first: more logs than a search checks in order before it collects, stamped at their storage (outside
        // the range), then a block of logs stamped within the range by clocks an hour behind.
        var outside = Enumerable.Range(0, LogSearchPlan.ProbedRows + 200)
            .Select(index => stored.AddSeconds(60).AddMilliseconds(10 * index))
            .Select(instant => new StoredLog(instant, instant, (short)random.Next(Levels.Length)));
        var within = Enumerable.Range(0, 2 * LogSearchPlan.ProbedRows + 37)
            .Select(index => new StoredLog(stored.AddMilliseconds(10 * index), from.AddTicks(30 * index), (short)random.Next(Levels.Length)));
        await CopyAsync(projectId, "production", outside.Concat(within).ToList());

        var cases = new (string Lcql, string Sql)[]
        {
            ($"client_timestamp>={Instant(from)} client_timestamp<{Instant(to)}", "client_timestamp >= @from AND client_timestamp < @to"),
            ($"client_timestamp<{Instant(to)}", "client_timestamp < @to"),
            ($"client_timestamp>={Instant(from)} client_timestamp<{Instant(to)} level>=warn", "client_timestamp >= @from AND client_timestamp < @to AND level >= 3"),
            ($"client_timestamp<{Instant(now.AddHours(1))}", "level >= 0"),
        };
        await AssertPagesOfSingleReadsAsync(client, projectId, cases, from, to, moreThan: LogSearchPlan.ProbedRows);
    }

    /// <summary>Each LCQL query, paged 50 at a time, gives the slices of its SQL condition read in one ordered statement (which matches more than <paramref name="moreThan"/> logs).</summary>
    private static async Task AssertPagesOfSingleReadsAsync(
        HttpClient client, Guid projectId, IEnumerable<(string Lcql, string Sql)> cases, DateTimeOffset from, DateTimeOffset to, int moreThan)
    {
        foreach (var (lcql, sql) in cases)
        {
            var expected = await OrderedIdsAsync(projectId, sql, from, to);
            Assert.That(expected, Has.Count.GreaterThan(moreThan), lcql);
            Assert.That(await PagesOfQueryAsync(client, lcql), Is.EqualTo(Slices(expected, 50)), lcql);
        }
    }

    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ");

    /// <summary>
    /// A client clock: mostly seconds behind the server's, one log in ten stamped up to 30 days before it was stored
    /// (a device that sent its buffer late), one in ten up to the 24 hours ahead ingestion allows.
    /// </summary>
    private static DateTimeOffset ClockOfSomeClient(Random random, DateTimeOffset stored) => random.Next(10) switch
    {
        0 => stored.AddTicks(-random.NextInt64(TimeSpan.FromDays(30).Ticks) / 10 * 10),
        1 => stored.AddTicks(random.NextInt64(TimeSpan.FromHours(24).Ticks) / 10 * 10),
        _ => stored.AddTicks(-random.NextInt64(TimeSpan.FromSeconds(5).Ticks) / 10 * 10),
    };

    private async Task<(HttpClient Client, Guid ProjectId)> EnterpriseWorkspaceAsync()
    {
        var projectId = await Admin.CreateProjectAsync("enterprise");
        return (DataClient((await Admin.CreateKeyAsync(projectId)).Key), projectId);
    }

    /// <summary>Every page of a <c>GET /logs</c> read, following <c>Link: rel="next"</c> (optionally without its <c>cursorTS</c>).</summary>
    private static async Task<List<Guid[]>> PagesOfGetAsync(HttpClient client, string first, bool keepCursorTimestamp)
    {
        var pages = new List<Guid[]>();
        string? next = first;
        while (next is not null)
        {
            var response = await client.GetAsync(LogsPath + next);
            var page = await ContractAssert.IsOkJsonAsync(response);
            pages.Add(page.EnumerateArray().Select(log => log.GetProperty("id").GetGuid()).ToArray());
            next = response.Headers.TryGetValues("Link", out var links) ? QueryOf(links.Single()) : null;
            if (next is not null && !keepCursorTimestamp)
            {
                next = string.Join('&', next.Split('&').Where(part => !part.StartsWith("cursorTS=", StringComparison.Ordinal)));
            }
        }

        return pages.Where(page => page.Length > 0).ToList();
    }

    /// <summary>Every page of an LCQL search, each next one after the last entry's id alone.</summary>
    private static async Task<List<Guid[]>> PagesOfQueryAsync(HttpClient client, string query)
    {
        var pages = new List<Guid[]>();
        Guid? cursor = null;
        while (true)
        {
            var response = await client.PostAsJsonAsync($"{LogsPath}/query", new { query, pageSize = 50, cursorID = cursor });
            var page = (await ContractAssert.IsOkJsonAsync(response)).EnumerateArray().Select(log => log.GetProperty("id").GetGuid()).ToArray();
            if (page.Length == 0)
            {
                return pages;
            }

            pages.Add(page);
            cursor = page[^1];
        }
    }

    private static DateTimeOffset Microseconds(DateTimeOffset instant) => new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);

    private static List<Guid[]> Slices(IReadOnlyList<Guid> ids, int size) => ids.Chunk(size).ToList();

    /// <summary>Monthly partitions for the year before <paramref name="now"/>, except one month made of daily partitions.</summary>
    private static async Task CreateYearOfPartitionsAsync(DateTimeOffset now)
    {
        var legacyMonth = new DateOnly(now.Year, now.Month, 1).AddMonths(-6);
        if (await ScalarAsync($"SELECT count(*) FROM pg_class WHERE relname = 'logs_{legacyMonth:yyyyMM}'") == 0)
        {
            for (var day = legacyMonth; day < legacyMonth.AddMonths(1); day = day.AddDays(1))
            {
                await ExecuteAsync(
                    $"CREATE TABLE IF NOT EXISTS logs_{day:yyyyMMdd} PARTITION OF logs FOR VALUES FROM ('{day:yyyy-MM-dd} 00:00Z') TO ('{day.AddDays(1):yyyy-MM-dd} 00:00Z')");
            }
        }

        await ExecuteAsync(
            $"SELECT ensure_log_partition(day::date) FROM generate_series('{now.AddDays(-Days - 1):yyyy-MM-dd}'::date, '{now:yyyy-MM-dd}'::date, interval '1 day') AS day");
    }

    /// <summary>About four logs a day (client timestamps from <paramref name="clientClock"/>, else the server's) for <see cref="Days"/> days, at pseudo-random times, some sharing a timestamp.</summary>
    private static async Task InsertHistoryAsync(
        Guid projectId, string environment, DateTimeOffset now, int seed, Func<Random, DateTimeOffset, DateTimeOffset>? clientClock = null)
    {
        var random = new Random(seed);
        var logs = new List<StoredLog>(Days * 4);
        DateTimeOffset timestamp = default;
        for (var index = 0; index < Days * 4; index++)
        {
            if (index % 7 != 0 || index == 0)
            {
                var ticks = random.NextInt64(TimeSpan.FromDays(Days).Ticks) / 10 * 10;
                timestamp = now.AddTicks(-ticks);
            }

            logs.Add(new StoredLog(timestamp, clientClock?.Invoke(random, timestamp) ?? timestamp, (short)random.Next(Levels.Length)));
        }

        await CopyAsync(projectId, environment, logs);
    }

    /// <summary>A log as stored: its server and client timestamps and its level.</summary>
    private sealed record StoredLog(DateTimeOffset Stored, DateTimeOffset Stamped, short Level);

    private static async Task CopyAsync(Guid projectId, string environment, IReadOnlyList<StoredLog> logs)
    {
        var random = new Random(logs.Count);
        await using var connection = await TestDatabase.OpenAsync();
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY logs (project_id, environment, server_timestamp, id, client_timestamp, level, action, tags, api_key_id) FROM STDIN (FORMAT BINARY)");
        var apiKeyId = Guid.CreateVersion7();
        foreach (var log in logs)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(projectId, NpgsqlDbType.Uuid);
            await importer.WriteAsync(environment, NpgsqlDbType.Text);
            await importer.WriteAsync(log.Stored, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(Guid.CreateVersion7(log.Stored), NpgsqlDbType.Uuid);
            await importer.WriteAsync(log.Stamped, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(log.Level, NpgsqlDbType.Smallint);
            await importer.WriteAsync($"history.{Levels[random.Next(Levels.Length)]}", NpgsqlDbType.Text);
            await importer.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await importer.WriteAsync(apiKeyId, NpgsqlDbType.Uuid);
        }

        await importer.CompleteAsync();
    }

    /// <summary>The project's production log ids matching <paramref name="condition"/>, in one statement, newest first.</summary>
    private static async Task<List<Guid>> OrderedIdsAsync(
        Guid projectId, string condition, DateTimeOffset? from = null, DateTimeOffset? to = null, Guid? id = null)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT id FROM logs WHERE project_id = @project AND environment = 'production' AND {condition} ORDER BY server_timestamp DESC, id DESC",
            connection);
        command.Parameters.AddWithValue("project", projectId);
        command.Parameters.AddWithValue("from", (object?)from ?? DBNull.Value);
        command.Parameters.AddWithValue("to", (object?)to ?? DBNull.Value);
        command.Parameters.AddWithValue("id", (object?)id ?? DBNull.Value);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static async Task<DateTimeOffset> ClientTimestampAsync(Guid id)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT client_timestamp FROM logs WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return new DateTimeOffset((DateTime)(await command.ExecuteScalarAsync())!, TimeSpan.Zero);
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
