using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Domain.Common;
using Logtrail.Domain.Logs;

namespace Logtrail.Api.IntegrationTests.Admin;

/// <summary>Historical import (batches of <see cref="LogtrailApiFactory.ImportBatchSize"/> lines in these tests).</summary>
public sealed class LogImportTests : IntegrationTest
{
    private Guid _projectId;

    [SetUp]
    public async Task CreateProjectAsync() => _projectId = await Admin.CreateProjectAsync(planCode: "pro");

    [Test]
    public async Task Lines_are_stored_with_their_own_server_timestamps_without_a_key_and_outside_usage()
    {
        var stamped = Api.Clock.GetUtcNow().AddDays(-10).ToMicroseconds();
        var keptId = LogIds.New(stamped);

        var report = await ImportAsync(
            Line(stamped, "user.login", id: keptId),
            Line(stamped.AddMinutes(1), "user.logout", id: Guid.NewGuid()));

        Assert.That(report.GetProperty("imported").GetInt64(), Is.EqualTo(2), report.ToString());
        var rows = await StoredAsync();
        Assert.That(rows.Select(row => row.ServerTimestamp), Is.EquivalentTo(new[] { stamped, stamped.AddMinutes(1) }));
        Assert.That(rows.Select(row => row.ApiKeyId), Is.All.Null);
        Assert.That(rows.Select(row => row.Id), Does.Contain(keptId), "a UUIDv7 of the line's own millisecond is kept");
        Assert.That(rows.Single(row => row.Action == "user.logout").Id, Is.Not.EqualTo(keptId));
        var usage = await Admin.GetJsonAsync($"/api/v1/admin/projects/{_projectId}/usage");
        Assert.That(usage.GetProperty("used").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Importing_the_same_file_twice_stores_nothing_twice()
    {
        var now = Api.Clock.GetUtcNow();
        string[] lines = [Line(now.AddDays(-3), "a"), Line(now.AddDays(-2), "b"), Line(now.AddDays(-1), "c"), Line(now.AddHours(-1), "d")];
        var first = await ImportAsync(lines);

        var second = await ImportAsync(lines);

        Assert.That(first.GetProperty("imported").GetInt64(), Is.EqualTo(4), first.ToString());
        Assert.That(second.GetProperty("imported").GetInt64(), Is.Zero, second.ToString());
        Assert.That(second.GetProperty("skipped_duplicates").GetInt64(), Is.EqualTo(4));
        Assert.That((await StoredAsync()).Count, Is.EqualTo(4));
    }

    [Test]
    public async Task Lines_older_than_the_plans_retention_are_skipped_and_counted()
    {
        var now = Api.Clock.GetUtcNow();

        var report = await ImportAsync(Line(now.AddDays(-121), "too.old"), Line(now.AddDays(-119), "kept"));

        Assert.That(report.GetProperty("skipped_expired").GetInt64(), Is.EqualTo(1), report.ToString());
        Assert.That(report.GetProperty("imported").GetInt64(), Is.EqualTo(1));
        Assert.That((await StoredAsync()).Select(row => row.Action), Is.EqualTo(new[] { "kept" }));
    }

    [Test]
    public async Task A_bad_line_is_reported_with_its_number_and_fails_only_its_batch()
    {
        var at = Api.Clock.GetUtcNow().AddDays(-1);
        var report = await ImportAsync(
            Line(at, "batch1.a"), Line(at, "batch1.b"), Line(at, "batch1.c"),
            Line(at, "batch2.a"), """{"level":"info","client_timestamp":"2026-11-23T10:00:00Z","server_timestamp":"2026-11-23T10:00:00Z"}""", Line(at, "batch2.c"),
            "{not json", Line(at, "batch3.b"), Line(at, "batch3.c"),
            Line(at, "batch4.a"));

        Assert.That(report.GetProperty("failed_batches").GetInt32(), Is.EqualTo(2), report.ToString());
        Assert.That(report.GetProperty("imported").GetInt64(), Is.EqualTo(4));
        var errors = report.GetProperty("errors").EnumerateArray().ToArray();
        Assert.That(errors.Select(error => error.GetProperty("line").GetInt32()), Is.EqualTo(new[] { 5, 7 }));
        Assert.That(errors[0].GetProperty("field").GetString(), Is.EqualTo("action"));
        Assert.That((await StoredAsync()).Select(row => row.Action), Is.EquivalentTo(new[] { "batch1.a", "batch1.b", "batch1.c", "batch4.a" }),
            "nothing of a failed batch is stored");
    }

    [Test]
    public async Task A_line_naming_another_environment_or_without_a_server_timestamp_is_a_line_error()
    {
        var report = await ImportAsync(
            """{"action":"a","level":"info","client_timestamp":"2026-11-23T10:00:00Z","environment":"staging","server_timestamp":"2026-11-23T10:00:00Z"}""",
            """{"action":"a","level":"info","client_timestamp":"2026-11-23T10:00:00Z"}""");

        var fields = report.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("field").GetString());
        Assert.That(fields, Is.EquivalentTo(new[] { "environment", "server_timestamp" }), report.ToString());
        Assert.That(await LogRequests.CountStoredAsync(), Is.Zero);
    }

    [Test]
    public async Task The_audit_trail_records_the_start_and_the_end_of_an_import()
    {
        await ImportAsync(Line(Api.Clock.GetUtcNow().AddDays(-1), "a"));

        var audit = await Admin.GetJsonAsync("/api/v1/admin/audit?pageSize=100");

        var imports = audit.EnumerateArray().Where(entry => entry.GetProperty("target").GetString() == $"project:{_projectId}"
                                                            && entry.GetProperty("action").GetString()!.StartsWith("project.logs_import", StringComparison.Ordinal))
            .ToArray();
        Assert.That(imports.Select(entry => entry.GetProperty("action").GetString()),
            Is.EquivalentTo(new[] { "project.logs_import_started", "project.logs_import_finished" }));
        var finished = imports.Single(entry => entry.GetProperty("action").GetString() == "project.logs_import_finished");
        Assert.That(finished.GetProperty("details").GetProperty("imported").GetInt64(), Is.EqualTo(1), finished.ToString());
    }

    [Test]
    public async Task A_gzip_body_is_read_like_a_plain_one()
    {
        var content = LogRequests.Gzip(Line(Api.Clock.GetUtcNow().AddDays(-1), "zipped") + "\n", "application/x-ndjson");

        var response = await Admin.Http.PostAsync(ImportPath(), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await StoredAsync()).Select(row => row.Action), Is.EqualTo(new[] { "zipped" }));
    }

    [Test]
    public async Task A_json_body_or_a_data_key_is_refused()
    {
        var json = await Admin.Http.PostAsync(ImportPath(), LogRequests.Json("[]"));
        var key = (await Admin.CreateKeyAsync(_projectId)).Key;
        var withKey = Api.CreateClient();
        withKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That((await withKey.PostAsync(ImportPath(), Ndjson(Line(Api.Clock.GetUtcNow(), "a")))).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private string ImportPath(string environment = "production") => $"/api/v1/admin/projects/{_projectId}/logs/import?environment={environment}";

    private async Task<JsonElement> ImportAsync(params string[] lines)
    {
        var response = await Admin.Http.PostAsync(ImportPath(), Ndjson(lines));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static StringContent Ndjson(params string[] lines) =>
        new(string.Join("\n", lines) + "\n", Encoding.UTF8, new MediaTypeHeaderValue("application/x-ndjson"));

    private static string Line(DateTimeOffset serverTimestamp, string action, Guid? id = null) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["level"] = "info",
        ["action"] = action,
        ["message"] = "imported",
        ["actor"] = new { id = "u1" },
        ["client_timestamp"] = serverTimestamp.AddSeconds(-1).ToString("O"),
        ["server_timestamp"] = serverTimestamp.ToString("O"),
    });

    private async Task<List<StoredRow>> StoredAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, action, server_timestamp, api_key_id FROM logs WHERE project_id = $1 AND environment = 'production'";
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = _projectId });
        var rows = new List<StoredRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetGuid(3)));
        }

        return rows;
    }

    private sealed record StoredRow(Guid Id, string Action, DateTimeOffset ServerTimestamp, Guid? ApiKeyId);
}
