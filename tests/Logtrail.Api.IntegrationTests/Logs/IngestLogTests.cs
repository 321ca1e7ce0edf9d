using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

public sealed class IngestLogTests : IntegrationTest
{
    [Test]
    public async Task A_log_is_stored_and_returned_as_stored()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = DataClient(key.Key);

        var response = await client.PostAsync(LogsPath, Json(
            """
            {"action":"user.login","level":"warn","clientTimestamp":"2026-11-23T10:00:00.1234567+01:00","message":"hi",
             "tags":["auth","web"],"actor":{"id":"u1","name":"Ann"},"metadata":{"n":1.5},"is_public":true}
            """));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("environment").GetString(), Is.EqualTo("production"));
            Assert.That(created.GetProperty("level").GetString(), Is.EqualTo("warn"));
            Assert.That(created.GetProperty("client_timestamp").GetString(), Is.EqualTo("2026-11-23T09:00:00.123456Z"));
            Assert.That(created.GetProperty("server_timestamp").GetString(), Does.Match(ContractAssert.TimestampPattern));
            Assert.That(created.GetProperty("actor").GetProperty("name").GetString(), Is.EqualTo("Ann"));
            Assert.That(created.GetProperty("metadata").GetProperty("n").GetDouble(), Is.EqualTo(1.5));
            Assert.That(created.GetProperty("target").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(created.GetProperty("is_public").GetBoolean(), Is.True);
            Assert.That(created.GetProperty("api_key_id").GetGuid(), Is.EqualTo(key.Id));
        });
        var fetched = await ContractAssert.IsOkJsonAsync(await client.GetAsync($"{LogsPath}/{created.GetProperty("id").GetGuid()}"));
        Assert.That(fetched.GetProperty("server_timestamp").GetString(), Is.EqualTo(created.GetProperty("server_timestamp").GetString()));
        Assert.That(fetched.GetProperty("client_timestamp").GetString(), Is.EqualTo(created.GetProperty("client_timestamp").GetString()));
    }

    [Test]
    public async Task The_snake_case_client_timestamp_is_accepted()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var response = await client.PostAsync(LogsPath, Json("""{"action":"a","level":"info","client_timestamp":"2026-11-23T10:00:00Z"}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("""{"level":"info","clientTimestamp":"2026-11-23T10:00:00Z"}""", "action", TestName = "action missing")]
    [TestCase("""{"action":"","level":"info","clientTimestamp":"2026-11-23T10:00:00Z"}""", "action", TestName = "action empty")]
    [TestCase("""{"action":42,"level":"info","clientTimestamp":"2026-11-23T10:00:00Z"}""", "action", TestName = "action not a string")]
    [TestCase("""{"action":"a","clientTimestamp":"2026-11-23T10:00:00Z"}""", "level", TestName = "level missing")]
    [TestCase("""{"action":"a","level":"notice","clientTimestamp":"2026-11-23T10:00:00Z"}""", "level", TestName = "level unknown")]
    [TestCase("""{"action":"a","level":"info"}""", "clientTimestamp", TestName = "timestamp missing")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23 10:00:00"}""", "clientTimestamp", TestName = "timestamp not RFC 3339")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","message":5}""", "message", TestName = "message not a string")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","tags":"auth"}""", "tags", TestName = "tags not an array")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","tags":[""]}""", "tags[0]", TestName = "empty tag")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","actor":"Ann"}""", "actor", TestName = "actor not an object")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","is_public":"yes"}""", "is_public", TestName = "is_public not a boolean")]
    [TestCase("""{"action":"a\u0000b","level":"info","clientTimestamp":"2026-11-23T10:00:00Z"}""", "action", TestName = "NUL character")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","context":{"k":"\ud800"}}""", "context.k", TestName = "unpaired surrogate")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","metadata":{"n":1e1000000}}""", "metadata.n", TestName = "number too large for numeric")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","metadata":{"n":-1e-1000000}}""", "metadata.n", TestName = "number too small for numeric")]
    [TestCase("""["not","an","object"]""", "", TestName = "an array to the single endpoint")]
    public async Task Each_field_rule_answers_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var response = await client.PostAsync(LogsPath, Json(body));

        var error = await ContractAssert.IsValidationFailureAsync(response);
        Assert.That(error.GetProperty("details").GetProperty("errors")[0].GetProperty("field").GetString(), Is.EqualTo(field), error.ToString());
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [TestCase("""{"action":"\ud800","level":"info","clientTimestamp":"2026-11-23T10:00:00Z"}""", "action", "unpaired UTF-16 surrogate")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":1732356000}""", "clientTimestamp", "must be a string holding an RFC 3339 timestamp")]
    [TestCase("""{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","metadata":{"n":1e1000000}}""", "metadata.n", "outside the range PostgreSQL can store")]
    public async Task The_message_says_what_is_wrong_with_the_field(string body, string field, string reason)
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var response = await client.PostAsync($"{LogsPath}/bulk", Json($"[{body}]"));

        var error = (await ContractAssert.IsValidationFailureAsync(response)).GetProperty("details").GetProperty("errors")[0];
        Assert.That(error.GetProperty("field").GetString(), Is.EqualTo(field));
        Assert.That(error.GetProperty("message").GetString(), Does.Contain(reason));
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [Test]
    public async Task A_client_timestamp_more_than_a_day_ahead_is_refused()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        var tooLate = Api.Clock.GetUtcNow().AddHours(24).AddMinutes(1).ToString("O");

        var response = await client.PostAsync(LogsPath, Json(new { action = "a", level = "info", clientTimestamp = tooLate }));

        await ContractAssert.IsValidationFailureAsync(response);
    }

    [Test]
    public async Task The_plan_limits_apply_to_size_tags_and_nesting()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);

        var tooManyTags = await client.PostAsync(LogsPath, Json(new { action = "a", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", tags = new[] { "1", "2", "3", "4", "5", "6" } }));
        var tooDeep = await client.PostAsync(LogsPath, Json(new { action = "a", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", metadata = new { a = new { b = new { c = new { d = 1 } } } } }));
        var deepEnough = await client.PostAsync(LogsPath, Json(new { action = "a", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", metadata = new { a = new { b = new { c = 1 } } } }));
        var tooLarge = await client.PostAsync(LogsPath, Json(new { action = "a", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", message = new string('x', 700) }));

        await ContractAssert.IsValidationFailureAsync(tooManyTags);
        await ContractAssert.IsValidationFailureAsync(tooDeep);
        Assert.That(deepEnough.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var size = await ContractAssert.IsValidationFailureAsync(tooLarge);
        Assert.That(size.GetProperty("message").GetString(), Does.Contain("700"));
    }

    [Test]
    public async Task A_read_only_key_cannot_ingest()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(type: "ro")).Key);

        var response = await client.PostAsync(LogsPath, Json(ValidLog()));

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "forbidden", "permission_error");
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [Test]
    public async Task A_development_key_cannot_write_to_production()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(environment: "development")).Key);

        var response = await client.PostAsync(LogsPath, Json(new { action = "a", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", environment = "production" }));

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "environment_mismatch", "permission_error");
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [Test]
    public async Task An_unknown_environment_is_400_invalid_environment()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var response = await client.PostAsync(LogsPath, Json(new { action = "a", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", environment = "prod" }));

        await ContractAssert.IsValidationFailureAsync(response, "VALIDATION_INVALID_ENVIRONMENT");
    }

    [Test]
    public async Task Usage_counts_every_acknowledged_log_at_once()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        await IngestAsync(client, ValidLog());
        await BulkAsync(client, [ValidLog(), ValidLog(), ValidLog()]);
        await client.PostAsync($"{LogsPath}/validate", Json(ValidLog()));

        var usage = await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/usage"));
        Assert.That(usage.GetProperty("used").GetInt64(), Is.EqualTo(4));
    }

    [Test]
    public async Task Concurrent_single_logs_sharing_commits_are_all_stored_and_counted()
    {
        var projectId = await Admin.CreateProjectAsync("enterprise");
        var production = DataClient((await Admin.CreateKeyAsync(projectId, "production")).Key);
        var staging = DataClient((await Admin.CreateKeyAsync(projectId, "staging")).Key);

        var ids = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => IngestAsync(i % 2 == 0 ? production : staging, ValidLog($"burst.{i}"))));

        Assert.That(ids.Distinct().Count(), Is.EqualTo(60));
        Assert.That(await CountStoredAsync(), Is.EqualTo(60));
        Assert.That((await PageAsync(staging, "?pageSize=100")).GetArrayLength(), Is.EqualTo(30));
        var usage = await ContractAssert.IsOkJsonAsync(await production.GetAsync("/api/v1/workspace/usage"));
        Assert.That(usage.GetProperty("used").GetInt64(), Is.EqualTo(60));
    }
    [Test]
    public async Task Tags_with_quotes_backslashes_commas_and_braces_are_stored_exactly_in_a_shared_commit()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        string[] tags = ["say \"hi\"", "C:\\path", "a,b", "{x}", "NULL", " padded "];

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            IngestAsync(client, new { action = "tags.odd", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", tags })));

        foreach (var id in ids)
        {
            var stored = await ContractAssert.IsOkJsonAsync(await client.GetAsync($"{LogsPath}/{id}"));
            Assert.That(stored.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()), Is.EqualTo(tags));
        }
    }
    [Test]
    public async Task A_bulk_written_by_insert_and_one_written_by_copy_store_the_same_rows()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        object Log(int i) => new
        {
            action = $"bulk.{i}", level = "warn", clientTimestamp = "2026-11-23T10:00:00Z", message = $"m {i}", tags = new[] { "t\"1", "t2" },
            actor = new { id = $"u{i}" }, metadata = new { n = i }, is_public = i % 2 == 0,
        };

        var inserted = await BulkAsync(client, Enumerable.Range(0, LogStore.MaxInsertedRows).Select(Log));
        var copied = await BulkAsync(client, Enumerable.Range(0, LogStore.MaxInsertedRows + 1).Select(Log));

        Assert.That(await CountStoredAsync(), Is.EqualTo(inserted.Count + copied.Count));
        foreach (var id in new[] { inserted[^1], copied[^2] })
        {
            var stored = await ContractAssert.IsOkJsonAsync(await client.GetAsync($"{LogsPath}/{id}"));
            Assert.Multiple(() =>
            {
                Assert.That(stored.GetProperty("action").GetString(), Is.EqualTo($"bulk.{LogStore.MaxInsertedRows - 1}"));
                Assert.That(stored.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()), Is.EqualTo(new[] { "t\"1", "t2" }));
                Assert.That(stored.GetProperty("actor").GetProperty("id").GetString(), Is.EqualTo($"u{LogStore.MaxInsertedRows - 1}"));
                Assert.That(stored.GetProperty("metadata").GetProperty("n").GetInt32(), Is.EqualTo(LogStore.MaxInsertedRows - 1));
                Assert.That(stored.GetProperty("is_public").GetBoolean(), Is.EqualTo((LogStore.MaxInsertedRows - 1) % 2 == 0));
            });
        }

        var usage = await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/usage"));
        Assert.That(usage.GetProperty("used").GetInt64(), Is.EqualTo(2 * LogStore.MaxInsertedRows + 1));
    }
}
