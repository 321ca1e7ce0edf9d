using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

public sealed class BulkAndValidateTests : IntegrationTest
{
    [Test]
    public async Task A_bulk_request_stores_every_log_and_returns_ids_in_request_order()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var ids = await BulkAsync(client, Enumerable.Range(0, 5).Select(i => ValidLog($"step.{i}")));

        Assert.That(ids, Has.Count.EqualTo(5));
        for (var index = 0; index < ids.Count; index++)
        {
            var log = await ContractAssert.IsOkJsonAsync(await client.GetAsync($"{LogsPath}/{ids[index]}"));
            Assert.That(log.GetProperty("action").GetString(), Is.EqualTo($"step.{index}"));
        }
    }

    [Test]
    public async Task A_bulk_request_with_invalid_logs_stores_nothing_and_lists_every_problem_with_its_index()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var response = await client.PostAsync($"{LogsPath}/bulk", Json(
            """[{"action":"ok","level":"info","clientTimestamp":"2026-11-23T10:00:00Z"},{"action":"","level":"info","clientTimestamp":"2026-11-23T10:00:00Z"},{"action":"b","level":"loud"}]"""));

        var error = await ContractAssert.IsValidationFailureAsync(response);
        var problems = error.GetProperty("details").GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("log_index").GetInt32(), e.GetProperty("field").GetString())).ToArray();
        Assert.That(problems, Is.EquivalentTo(new[] { (1, "action"), (2, "level"), (2, "clientTimestamp") }));
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [Test]
    public async Task A_bulk_request_naming_another_environment_is_refused_whole()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(environment: "staging")).Key);

        var response = await client.PostAsync($"{LogsPath}/bulk", Json(
            """[{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","environment":"staging"},{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","environment":"production"}]"""));

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "environment_mismatch", "permission_error");
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [TestCase(0)]
    [TestCase(51)]
    public async Task A_batch_outside_one_to_the_plans_max_is_bulk_limit_exceeded(int count)
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);

        var response = await client.PostAsync($"{LogsPath}/bulk", Json(Enumerable.Range(0, count).Select(_ => ValidLog()).ToArray()));

        await ContractAssert.IsValidationFailureAsync(response, "VALIDATION_BULK_LIMIT_EXCEEDED");
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [Test]
    public async Task Ndjson_and_gzip_bodies_ingest_the_same_logs_as_plain_json()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        var first = """{"action":"a.one","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","actor":{"id":"u1"}}""";
        var second = """{"action":"a.two","level":"error","clientTimestamp":"2026-11-23T10:00:01Z","tags":["x"]}""";

        var plain = await client.PostAsync($"{LogsPath}/bulk", Json($"[{first},{second}]"));
        var ndjson = await client.PostAsync($"{LogsPath}/bulk", Json($"{first}\n{second}\n", "application/x-ndjson"));
        var gzipJson = await client.PostAsync($"{LogsPath}/bulk", Gzip($"[{first},{second}]"));
        var gzipNdjson = await client.PostAsync($"{LogsPath}/bulk", Gzip($"{first}\r\n{second}", "application/x-ndjson"));
        var gzipSingle = await client.PostAsync(LogsPath, Gzip(first));

        foreach (var response in new[] { plain, ndjson, gzipJson, gzipNdjson, gzipSingle })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        }

        var stored = await PageAsync(client, "?pageSize=20");
        var actions = stored.EnumerateArray().Select(log => log.GetProperty("action").GetString()).ToArray();
        Assert.That(actions.Count(a => a == "a.one"), Is.EqualTo(5));
        Assert.That(actions.Count(a => a == "a.two"), Is.EqualTo(4));
    }

    [Test]
    public async Task Validate_reports_problems_warnings_and_other_environments_without_storing_or_counting()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var response = await client.PostAsync($"{LogsPath}/validate", Json(
            """[{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","colour":"red"},{"action":"a","level":"info","clientTimestamp":"2026-11-23T10:00:00Z","environment":"staging"}]"""));

        var report = await ContractAssert.IsOkJsonAsync(response);
        Assert.That(report.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(report.GetProperty("warnings")[0].GetString(), Does.Contain("colour"));
        var error = report.GetProperty("errors").EnumerateArray().Single();
        Assert.That(error.GetProperty("field").GetString(), Is.EqualTo("environment"));
        Assert.That(error.GetProperty("log_index").GetInt32(), Is.EqualTo(1));
        Assert.That(await CountStoredAsync(), Is.Zero);
        var usage = await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/usage"));
        Assert.That(usage.GetProperty("used").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Validate_of_a_single_valid_log_is_valid_with_no_index()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var report = await ContractAssert.IsOkJsonAsync(await client.PostAsync($"{LogsPath}/validate", Json(ValidLog())));

        Assert.That(report.GetProperty("valid").GetBoolean(), Is.True);
        Assert.That(report.GetProperty("errors").GetArrayLength(), Is.Zero);
    }
}
