using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Streaming;

/// <summary>
/// <c>POST /logs/aggregate</c> with its results cache: closed hours come from the cache, and the counts still equal
/// what the stored rows give — after an import into a cached hour, after an erasure, across the boundary between
/// closed and open hours, and through another instance.
/// </summary>
public sealed class AggregateCacheTests : WorkspaceTest
{
    private const string AggregatePath = $"{LogsPath}/aggregate";
    private static readonly object HourlyByLevel = new { group_by = new[] { "level" }, interval = "hour" };
    private DateTimeOffset _firstStamp;

    [SetUp]
    public async Task SeedHoursAsync()
    {
        _firstStamp = Api.Clock.GetUtcNow();
        string[] levels = ["info", "warn", "error"];
        for (var round = 0; round < 6; round++)
        {
            await BulkAsync(Production, Enumerable.Range(0, 5).Select(index => (object)new
            {
                action = "user.login",
                level = levels[(index + round) % 3],
                clientTimestamp = "2026-11-23T10:00:00Z",
                actor = new { id = index == 0 ? "u-erase" : "u-keep" },
            }));
            Api.Clock.Advance(TimeSpan.FromMinutes(25));
        }

        // Every seeded hour but the last is now well past the write age and the clocks' skew: closed.
        Api.Clock.Advance(TimeSpan.FromHours(2));
    }

    [Test]
    public async Task Closed_hours_are_cached_on_the_first_aggregate_and_a_second_one_still_equals_the_stored_rows()
    {
        var first = await HourlyAsync(Production);
        var cached = await CachedSplitsAsync();
        var second = await HourlyAsync(Production);

        var expected = await StoredHourlyAsync();
        Assert.That(first, Is.EquivalentTo(expected));
        Assert.That(second, Is.EquivalentTo(expected));
        Assert.That(cached, Is.GreaterThanOrEqualTo(2), "the closed seeded hours are cached");
    }

    [Test]
    public async Task An_import_into_a_cached_hour_is_counted()
    {
        await HourlyAsync(Production);
        var cachedHour = Hour(_firstStamp).AddHours(1);
        Assert.That(await CachedSplitsAsync(cachedHour), Is.EqualTo(1), "the hour is cached before the import");

        var lines = Enumerable.Range(0, 4).Select(index => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["level"] = "fatal",
            ["action"] = "imported",
            ["client_timestamp"] = cachedHour.AddMinutes(index).ToString("O"),
            ["server_timestamp"] = cachedHour.AddMinutes(index + 1).ToString("O"),
        }));
        var response = await Admin.Http.PostAsync(
            $"/api/v1/admin/projects/{ProjectId}/logs/import?environment=production",
            new StringContent(string.Join("\n", lines) + "\n", Encoding.UTF8, new MediaTypeHeaderValue("application/x-ndjson")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());

        var after = await HourlyAsync(Production);
        Assert.That(after, Is.EquivalentTo(await StoredHourlyAsync()));
        Assert.That(after[$"fatal|{cachedHour:yyyy-MM-ddTHH:mm:ss.ffffffZ}"], Is.EqualTo(4));
    }

    [Test]
    public async Task An_erasure_from_cached_hours_is_counted()
    {
        var before = await HourlyAsync(Production);

        var response = await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{ProjectId}/logs?environment=production&actor_id=u-erase");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());

        var after = await HourlyAsync(Production);
        Assert.That(after, Is.EquivalentTo(await StoredHourlyAsync()));
        Assert.That(after.Values.Sum(), Is.EqualTo(before.Values.Sum() - 6), "one erased log per seeded round");
    }

    [Test]
    public async Task Logs_of_the_open_hours_are_counted_and_their_hours_cached_once_closed()
    {
        await HourlyAsync(Production);
        var cachedBefore = await CachedSplitsAsync();

        await BulkAsync(Production, [ValidLog("late.open", "debug"), ValidLog("late.open", "debug")]);
        Assert.That(await HourlyAsync(Production), Is.EquivalentTo(await StoredHourlyAsync()), "logs of the open hour");

        Api.Clock.Advance(TimeSpan.FromHours(3));
        await BulkAsync(Production, [ValidLog("later.open", "trace")]);
        Assert.That(await HourlyAsync(Production), Is.EquivalentTo(await StoredHourlyAsync()), "once their hour closed");
        Assert.That(await CachedSplitsAsync(), Is.GreaterThan(cachedBefore), "the newly closed hours are cached");
    }

    [Test]
    public async Task Another_instance_reads_the_same_cache_and_its_writes_are_counted()
    {
        await HourlyAsync(Production);
        await using var other = new LogtrailApiFactory();
        other.Clock.SetUtcNow(Api.Clock.GetUtcNow());
        using var otherClient = DataClient((await Admin.CreateKeyAsync(ProjectId)).Key, other);

        Assert.That(await HourlyAsync(otherClient), Is.EquivalentTo(await StoredHourlyAsync()), "the other instance's first aggregate");
        await BulkAsync(otherClient, [ValidLog("other.instance", "warn")]);

        Assert.That(await HourlyAsync(Production), Is.EquivalentTo(await StoredHourlyAsync()), "after a write through the other instance");
    }

    [Test]
    public async Task Counts_without_an_interval_and_within_a_query_add_cached_hours_to_the_open_ones()
    {
        var request = new { query = "level>=warn", group_by = new[] { "action" } };
        await AggregateAsync(Production, request);
        await BulkAsync(Production, [ValidLog("user.login", "error")]);

        var body = await AggregateAsync(Production, request);

        var stored = (await StoredRowsAsync()).Count(row => row.Level is "warn" or "error");
        Assert.That(body.GetProperty("groups").EnumerateArray().Single().GetProperty("count").GetInt64(), Is.EqualTo(stored));
    }

    [Test]
    public async Task A_plan_change_invalidates_the_projects_cached_hours()
    {
        await HourlyAsync(Production);
        Assert.That(await CachedSplitsAsync(), Is.GreaterThan(0));

        var response = await Admin.Http.PatchAsJsonAsync($"/api/v1/admin/projects/{ProjectId}", new { plan_code = "enterprise" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());

        Assert.That(await CachedSplitsAsync(), Is.Zero, "no cached hour of the current generation is left");
        Assert.That(await HourlyAsync(Production), Is.EquivalentTo(await StoredHourlyAsync()));
    }

    [Test]
    public async Task Deleting_the_project_deletes_its_cached_hours_and_generation()
    {
        await HourlyAsync(Production);
        await Admin.Http.PostAsync($"/api/v1/admin/projects/{ProjectId}/logs/import?environment=production", new StringContent(
            JsonSerializer.Serialize(new { level = "info", action = "imported", client_timestamp = _firstStamp.ToString("O"), server_timestamp = _firstStamp.ToString("O") }) + "\n",
            Encoding.UTF8,
            new MediaTypeHeaderValue("application/x-ndjson")));

        var response = await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{ProjectId}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT (SELECT count(*) FROM aggregate_cache_splits WHERE project_id = @p) + (SELECT count(*) FROM aggregate_cache_generations WHERE project_id = @p)";
        command.Parameters.AddWithValue("p", ProjectId);
        Assert.That((long)(await command.ExecuteScalarAsync())!, Is.Zero);
    }

    private async Task<Dictionary<string, long>> HourlyAsync(HttpClient client) =>
        (await AggregateAsync(client, HourlyByLevel)).GetProperty("groups").EnumerateArray().ToDictionary(
            group => $"{group.GetProperty("key").GetProperty("level").GetString()}|{group.GetProperty("key").GetProperty("bucket").GetString()}",
            group => group.GetProperty("count").GetInt64());

    private static async Task<JsonElement> AggregateAsync(HttpClient client, object request) =>
        await ContractAssert.IsOkJsonAsync(await client.PostAsync(AggregatePath, Json(request)));

    private async Task<Dictionary<string, long>> StoredHourlyAsync() =>
        (await StoredRowsAsync())
            .GroupBy(row => (row.Level, Bucket: Hour(row.ServerTimestamp)))
            .ToDictionary(group => $"{group.Key.Level}|{group.Key.Bucket:yyyy-MM-ddTHH:mm:ss.ffffffZ}", group => (long)group.Count());

    private static DateTimeOffset Hour(DateTimeOffset instant) => new(instant.Year, instant.Month, instant.Day, instant.Hour, 0, 0, TimeSpan.Zero);

    /// <summary>The production rows of the project, read straight from the table.</summary>
    private async Task<List<(string Level, DateTimeOffset ServerTimestamp)>> StoredRowsAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT level, server_timestamp FROM logs WHERE project_id = @p AND environment = 'production'";
        command.Parameters.AddWithValue("p", ProjectId);
        await using var reader = await command.ExecuteReaderAsync();
        string[] levels = ["trace", "debug", "info", "warn", "error", "fatal"];
        var rows = new List<(string, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            rows.Add((levels[reader.GetInt16(0)], new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero)));
        }

        return rows;
    }

    /// <summary>The project's cached splits of the current generation (of one hour, when given).</summary>
    private async Task<long> CachedSplitsAsync(DateTimeOffset? hour = null)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT count(*) FROM aggregate_cache_splits AS split
            WHERE split.project_id = @p AND (@hour::timestamptz IS NULL OR split.split_start = @hour)
              AND split.generation = coalesce((SELECT generation FROM aggregate_cache_generations WHERE project_id = @p), 0)
            """;
        command.Parameters.AddWithValue("p", ProjectId);
        command.Parameters.Add(new Npgsql.NpgsqlParameter("hour", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)hour ?? DBNull.Value });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
