using System.Net;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Streaming;

/// <summary><c>POST /logs/aggregate</c>: counts equal what the stored rows give, per tag, per JSON value and per UTC bucket.</summary>
public sealed class AggregateTests : WorkspaceTest
{
    private const string AggregatePath = $"{LogsPath}/aggregate";

    [SetUp]
    public async Task SeedAsync()
    {
        string[] levels = ["info", "warn", "error"];
        string[][] tags = [["auth", "web"], ["billing"], []];
        for (var round = 0; round < 4; round++)
        {
            var batch = Enumerable.Range(0, 9).Select(index => (object)new
            {
                action = index % 2 == 0 ? "user.login" : "order.paid",
                level = levels[index % 3],
                clientTimestamp = "2026-11-23T10:00:00Z",
                tags = tags[(index + round) % 3],
                metadata = new { status = index % 4 == 0 ? (object)500 : "ok" },
            });
            await BulkAsync(Production, batch);
            Api.Clock.Advance(TimeSpan.FromMinutes(35));
        }

        using var other = DataClient((await Admin.CreateKeyAsync(ProjectId, "staging")).Key);
        await BulkAsync(other, [ValidLog("staging.only", "error")]);
    }

    [Test]
    public async Task Hourly_counts_by_level_equal_the_stored_rows()
    {
        var body = await AggregateAsync(new { group_by = new[] { "level" }, interval = "hour" });

        var expected = (await StoredAsync())
            .GroupBy(row => (row.Level, Bucket: Hour(row.ServerTimestamp)))
            .ToDictionary(group => $"{group.Key.Level}|{group.Key.Bucket:yyyy-MM-ddTHH:mm:ss.ffffffZ}", group => (long)group.Count());
        var actual = body.GetProperty("groups").EnumerateArray().ToDictionary(
            group => $"{group.GetProperty("key").GetProperty("level").GetString()}|{group.GetProperty("key").GetProperty("bucket").GetString()}",
            group => group.GetProperty("count").GetInt64());
        Assert.That(actual, Is.EquivalentTo(expected));
        Assert.That(body.GetProperty("truncated").GetBoolean(), Is.False);
        var buckets = body.GetProperty("groups").EnumerateArray().Select(group => group.GetProperty("key").GetProperty("bucket").GetString()).ToList();
        Assert.That(buckets, Is.Ordered, "groups come in bucket order");
    }

    [Test]
    public async Task A_log_with_several_tags_counts_once_per_tag_and_one_without_tags_under_null()
    {
        var body = await AggregateAsync(new { group_by = new[] { "tag" } });

        var rows = await StoredAsync();
        var expected = rows.SelectMany(row => row.Tags.Length == 0 ? [(string?)null] : row.Tags.Select(tag => (string?)tag))
            .GroupBy(tag => tag ?? "<none>").ToDictionary(group => group.Key, group => (long)group.Count());
        var actual = body.GetProperty("groups").EnumerateArray().ToDictionary(
            group => group.GetProperty("key").GetProperty("tag").GetString() ?? "<none>", group => group.GetProperty("count").GetInt64());
        Assert.That(actual, Is.EquivalentTo(expected));
        Assert.That(actual.Values.Sum(), Is.GreaterThan(rows.Count), "multi-tag logs count once per tag");
    }

    [Test]
    public async Task A_json_path_groups_by_its_json_value_within_an_lcql_query()
    {
        var body = await AggregateAsync(new { query = "action=order.paid", group_by = new[] { "metadata.status", "action" } });

        var expected = (await StoredAsync()).Where(row => row.Action == "order.paid")
            .GroupBy(row => row.Status).ToDictionary(group => group.Key, group => (long)group.Count());
        var groups = body.GetProperty("groups").EnumerateArray().ToList();
        Assert.That(groups.Select(group => group.GetProperty("key").GetProperty("action").GetString()).Distinct(), Is.EqualTo(new[] { "order.paid" }));
        Assert.That(
            groups.ToDictionary(group => group.GetProperty("key").GetProperty("metadata.status").GetRawText(), group => group.GetProperty("count").GetInt64()),
            Is.EquivalentTo(expected));
        Assert.That(groups.Select(group => group.GetProperty("count").GetInt64()), Is.Ordered.Descending);
    }

    [Test]
    public async Task The_window_bounds_the_counts()
    {
        var rows = await StoredAsync();
        var from = rows.Min(row => row.ServerTimestamp).AddMinutes(30);
        var body = await AggregateAsync(new { from = from.ToString("O"), group_by = Array.Empty<string>() });

        var group = body.GetProperty("groups").EnumerateArray().Single();
        Assert.That(group.GetProperty("count").GetInt64(), Is.EqualTo(rows.Count(row => row.ServerTimestamp >= from)));
        Assert.That(group.GetProperty("key").EnumerateObject(), Is.Empty);
    }

    [TestCase("{\"group_by\":[\"colour\"]}", "VALIDATION_FAILED")]
    [TestCase("{\"group_by\":[\"metadata\"]}", "VALIDATION_FAILED")]
    [TestCase("{\"group_by\":[\"tag\",\"tags\"]}", "VALIDATION_FAILED")]
    [TestCase("{\"interval\":\"week\"}", "VALIDATION_FAILED")]
    [TestCase("{\"from\":\"2026-11-02T00:00:00Z\",\"to\":\"2026-11-01T00:00:00Z\"}", "VALIDATION_QUERY_TIME_RANGE")]
    [TestCase("{\"query\":\"action=\\\"open\"}", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("{\"query\":\"level=loud\"}", "VALIDATION_QUERY_INVALID")]
    public async Task Bad_parameters_are_the_contracts_400s(string json, string errorCode)
    {
        var response = await Production.PostAsync(AggregatePath, Json(json));
        await ContractAssert.IsValidationFailureAsync(response, errorCode);
    }

    [Test]
    public async Task Another_environment_in_the_query_is_forbidden()
    {
        var response = await Production.PostAsync(AggregatePath, Json(new { query = "environment=staging" }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<JsonElement> AggregateAsync(object request) =>
        await ContractAssert.IsOkJsonAsync(await Production.PostAsync(AggregatePath, Json(request)));

    private static DateTimeOffset Hour(DateTimeOffset instant) => new(instant.Year, instant.Month, instant.Day, instant.Hour, 0, 0, TimeSpan.Zero);

    /// <summary>The production rows of the project, read straight from the table.</summary>
    private async Task<List<StoredRow>> StoredAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT level, action, tags, metadata->'status', server_timestamp FROM logs WHERE project_id = @p AND environment = 'production'";
        command.Parameters.AddWithValue("p", ProjectId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<StoredRow>();
        string[] levels = ["trace", "debug", "info", "warn", "error", "fatal"];
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredRow(
                levels[reader.GetInt16(0)], reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetString(3).Replace(" ", ""),
                new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero)));
        }

        return rows;
    }

    private sealed record StoredRow(string Level, string Action, string[] Tags, string Status, DateTimeOffset ServerTimestamp);
}
