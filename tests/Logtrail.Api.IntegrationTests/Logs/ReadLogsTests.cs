using System.Net;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

public sealed class ReadLogsTests : IntegrationTest
{
    [Test]
    public async Task Paging_returns_every_log_once_newest_first_while_new_logs_arrive()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        var written = new List<Guid>();
        for (var batch = 0; batch < 3; batch++)
        {
            written.AddRange(await BulkAsync(client, Enumerable.Range(0, 10).Select(i => ValidLog($"batch{batch}.{i}"))));
            Api.Clock.Advance(TimeSpan.FromMilliseconds(5));
        }

        var seen = new List<Guid>();
        var previousKey = (Timestamp: "9999", Id: Guid.Empty);
        string? next = "?pageSize=10";
        var pages = 0;
        while (next is not null)
        {
            var response = await client.GetAsync(LogsPath + next);
            var page = await ContractAssert.IsOkJsonAsync(response);
            foreach (var log in page.EnumerateArray())
            {
                var key = (Timestamp: log.GetProperty("server_timestamp").GetString()!, Id: log.GetProperty("id").GetGuid());
                Assert.That(string.CompareOrdinal(key.Timestamp, previousKey.Timestamp) < 0
                            || (key.Timestamp == previousKey.Timestamp && key.Id.CompareTo(previousKey.Id) < 0), Is.True, "order");
                previousKey = key;
                seen.Add(key.Id);
            }

            await IngestAsync(client, ValidLog("arrived.meanwhile"));
            next = response.Headers.TryGetValues("Link", out var links) ? QueryOf(links.Single()) : null;
            pages++;
        }

        Assert.That(pages, Is.EqualTo(3));
        Assert.That(seen, Is.EquivalentTo(written));
    }

    [Test]
    public async Task Filters_narrow_by_level_tag_action_message_and_time()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        var start = Api.Clock.GetUtcNow();
        await IngestAsync(client, new { action = "user.login", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", message = "Signed in 100%", tags = new[] { "auth" } });
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var middle = Api.Clock.GetUtcNow();
        await IngestAsync(client, new { action = "order.paid", level = "error", clientTimestamp = "2026-11-23T10:00:00Z", message = "Card declined", tags = new[] { "billing", "card" } });

        async Task<string[]> Actions(string query) =>
            (await PageAsync(client, query)).EnumerateArray().Select(log => log.GetProperty("action").GetString()!).ToArray();

        Assert.That(await Actions("?levels=error,fatal"), Is.EqualTo(new[] { "order.paid" }));
        Assert.That(await Actions("?tags=auth,card"), Is.EqualTo(new[] { "order.paid", "user.login" }));
        Assert.That(await Actions("?action=LOGIN"), Is.EqualTo(new[] { "user.login" }));
        Assert.That(await Actions("?message=100%25"), Is.EqualTo(new[] { "user.login" }));
        Assert.That(await Actions("?message=_"), Is.Empty);
        Assert.That(await Actions($"?from={Uri.EscapeDataString(middle.ToString("O"))}"), Is.EqualTo(new[] { "order.paid" }));
        Assert.That(await Actions($"?to={Uri.EscapeDataString(middle.ToString("O"))}&from={Uri.EscapeDataString(start.ToString("O"))}"), Is.EqualTo(new[] { "user.login" }));
    }

    [Test]
    public async Task A_page_is_byte_for_byte_the_json_every_other_read_writes_for_its_logs()
    {
        // GET /logs writes its rows straight to JSON; POST /query and GET /logs/{id} serialize LogEntryDto. Same bytes.
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        string[] logs =
        [
            """{"action":"a.plain.ÿ","level":"debug","clientTimestamp":"2026-11-23T10:00:00.5Z"}""",
            """{"action":"a.text","level":"warn","clientTimestamp":"2026-11-23T10:00:00+02:00","message":"café ✓ <b>&'\"\\ tab\t line\n 😀 \u0001 \u2028 \u00a0 +`","tags":["x","ü","<"],"is_public":false}""",
            """{"action":"a.json","level":"fatal","clientTimestamp":"2026-11-23T10:00:00.123456Z","tags":[],"actor":{"id":"u<1>","name":"Zoë \"Z\"","nested":{"list":[1,2.50,1e3,-0,null,true]}},"target":{"id":"t","emoji":"😀"},"context":{"ip":"10.0.0.1"},"metadata":{"n":1.5,"s":"a\u0001b","big":12345678901234567890},"is_public":true}""",
        ];
        foreach (var log in logs)
        {
            Assert.That((int)(await client.PostAsync(LogsPath, Json(log))).StatusCode, Is.EqualTo(201), log);
            Api.Clock.Advance(TimeSpan.FromMilliseconds(3));
        }

        var page = await client.GetAsync($"{LogsPath}?pageSize=10");
        var queried = await client.PostAsync($"{LogsPath}/query", Json("""{"pageSize":10}"""));
        var pageText = await page.Content.ReadAsStringAsync();

        Assert.That(page.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        Assert.That(pageText, Is.EqualTo(await queried.Content.ReadAsStringAsync()));
        var entries = (await ContractAssert.IsOkJsonAsync(page)).EnumerateArray().ToArray();
        Assert.That(entries.Select(entry => entry.GetProperty("action").GetString()), Is.EqualTo(new[] { "a.json", "a.text", "a.plain.ÿ" }));
        foreach (var entry in entries)
        {
            var byId = await client.GetStringAsync($"{LogsPath}/{entry.GetProperty("id").GetGuid()}");
            Assert.That(entry.GetRawText(), Is.EqualTo(byId));
        }
    }

    [TestCase("?pageSize=9")]
    [TestCase("?pageSize=101")]
    [TestCase("?pageSize=ten")]
    [TestCase("?levels=loud")]
    [TestCase("?from=yesterday")]
    [TestCase("?cursorID=01a206b4-066c-70d0-bbe4-903757a8898f")]
    public async Task Bad_parameters_are_400(string query)
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        await ContractAssert.IsValidationFailureAsync(await client.GetAsync(LogsPath + query));
    }

    [Test]
    public async Task A_development_key_never_sees_production_logs()
    {
        var projectId = await Admin.CreateProjectAsync();
        var production = DataClient((await Admin.CreateKeyAsync(projectId, "production")).Key);
        var development = DataClient((await Admin.CreateKeyAsync(projectId, "development")).Key);
        var productionId = await IngestAsync(production, ValidLog("prod.only"));
        await IngestAsync(development, ValidLog("dev.only"));

        var listed = await PageAsync(development);
        var byId = await development.GetAsync($"{LogsPath}/{productionId}");
        var named = await development.GetAsync($"{LogsPath}?environments=production");

        Assert.That(listed.EnumerateArray().Select(log => log.GetProperty("action").GetString()), Is.EqualTo(new[] { "dev.only" }));
        await ContractAssert.IsErrorAsync(byId, HttpStatusCode.NotFound, "LOG_NOT_FOUND", "not_found", "invalid_request_error");
        await ContractAssert.IsErrorAsync(named, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "environment_mismatch", "permission_error");
    }

    [Test]
    public async Task Another_projects_log_is_not_found()
    {
        var mine = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        var theirs = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        var theirId = await IngestAsync(theirs, ValidLog());

        await ContractAssert.IsErrorAsync(await mine.GetAsync($"{LogsPath}/{theirId}"), HttpStatusCode.NotFound, "LOG_NOT_FOUND", "not_found", "invalid_request_error");
        Assert.That((await PageAsync(mine)).GetArrayLength(), Is.Zero);
    }

    [TestCase("not-a-uuid")]
    [TestCase("00000000-0000-0000-0000-000000000000")]
    public async Task A_malformed_or_unknown_id_is_404_log_not_found(string id)
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        await ContractAssert.IsErrorAsync(await client.GetAsync($"{LogsPath}/{id}"), HttpStatusCode.NotFound, "LOG_NOT_FOUND", "not_found", "invalid_request_error");
    }

    [Test]
    public async Task A_write_only_key_cannot_read()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(type: "wo")).Key);

        await ContractAssert.IsErrorAsync(await client.GetAsync(LogsPath), HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "forbidden", "permission_error");
    }

    [Test]
    public async Task Logs_older_than_the_plans_retention_are_not_returned()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);
        var id = await IngestAsync(client, ValidLog());

        Api.Clock.Advance(TimeSpan.FromDays(21) + TimeSpan.FromSeconds(1));

        Assert.That((await PageAsync(client)).GetArrayLength(), Is.Zero);
        await ContractAssert.IsErrorAsync(await client.GetAsync($"{LogsPath}/{id}"), HttpStatusCode.NotFound, "LOG_NOT_FOUND", "not_found", "invalid_request_error");
    }
}
