using System.Net;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

/// <summary>LCQL over HTTP against real PostgreSQL: each operator and field kind, combinations, and hostile input.</summary>
public sealed class QueryLogsTests : IntegrationTest
{
    private HttpClient _client = null!;
    private Guid _keyId;
    private Guid _loginId;

    [SetUp]
    public async Task SeedAsync()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        _keyId = key.Id;
        _client = DataClient(key.Key);
        _loginId = await IngestAsync(_client, new
        {
            action = "user.login", level = "info", clientTimestamp = "2026-11-20T10:00:00Z", message = "Signed in from Firefox",
            tags = new[] { "auth", "web" }, actor = new { id = "u1", name = "Ann Admin", email = "Ann@Example.com" },
            context = new { request_id = "r-1" }, metadata = new { status_code = 200, duration_ms = 120, http = new { method = "POST" } },
        });
        Api.Clock.Advance(TimeSpan.FromSeconds(1));
        await IngestAsync(_client, new
        {
            action = "order.paid", level = "error", clientTimestamp = "2026-11-21T10:00:00Z", message = "Connection timed out after 30s",
            tags = new[] { "billing" }, actor = new { id = "u2", name = "Bob" }, metadata = new { status_code = 500, duration_ms = 30_000, note = "100% _literal_" },
        });
        Api.Clock.Advance(TimeSpan.FromSeconds(1));
        await IngestAsync(_client, new { action = "cron.tick", level = "debug", clientTimestamp = "2026-11-22T10:00:00Z", metadata = new { status_code = "500" } });
    }

    [TearDown]
    public void DisposeClient() => _client.Dispose();

    [TestCase("level=error", new[] { "order.paid" })]
    [TestCase("level=error,debug", new[] { "cron.tick", "order.paid" })]
    [TestCase("level!=info", new[] { "cron.tick", "order.paid" })]
    [TestCase("level>=info", new[] { "order.paid", "user.login" })]
    [TestCase("level<info", new[] { "cron.tick" })]
    [TestCase("action=USER.LOGIN", new[] { "user.login" })]
    [TestCase("action~\"order*\"", new[] { "order.paid" })]
    [TestCase("action!~login", new[] { "cron.tick", "order.paid" })]
    [TestCase("message~firefox", new[] { "user.login" })]
    [TestCase("message=null", new[] { "cron.tick" })]
    [TestCase("message!=null", new[] { "order.paid", "user.login" })]
    [TestCase("message@\"timed out\"", new[] { "order.paid" })]
    [TestCase("message@\"out timed\"", new string[0])]
    [TestCase("message@\"TIMED Out\"", new[] { "order.paid" }, TestName = "A phrase ignores case")]
    [TestCase("message@time", new string[0], TestName = "A word is whole: a substring of a word is no match")]
    [TestCase("\"paid connection\"", new[] { "order.paid" }, TestName = "A phrase runs from the action into the message")]
    [TestCase("\"timed-out\"", new[] { "order.paid" }, TestName = "Punctuation in a phrase separates words")]
    [TestCase("in", new[] { "user.login" }, TestName = "A word too short to narrow by is still matched whole")]
    [TestCase("login", new[] { "user.login" })]
    [TestCase("\"connection timed\"", new[] { "order.paid" })]
    [TestCase("tag=web", new[] { "user.login" })]
    [TestCase("tags=billing,web", new[] { "order.paid", "user.login" })]
    [TestCase("tags!=auth", new[] { "cron.tick", "order.paid" })]
    [TestCase("tags=null", new[] { "cron.tick" })]
    [TestCase("metadata.status_code=500", new[] { "cron.tick", "order.paid" })]
    [TestCase("metadata.status_code=\"500\"", new[] { "cron.tick" })]
    [TestCase("metadata.duration_ms>500", new[] { "order.paid" })]
    [TestCase("metadata.duration_ms<=120", new[] { "user.login" })]
    [TestCase("metadata.http.method=POST", new[] { "user.login" })]
    [TestCase("metadata.http.method=post", new string[0])]
    [TestCase("actor.email=\"Ann@Example.com\"", new[] { "user.login" })]
    [TestCase("actor.email=\"ann@example.com\"", new string[0])]
    [TestCase("actor.id=u1,u2", new[] { "order.paid", "user.login" })]
    [TestCase("actor.id!=u1", new[] { "cron.tick", "order.paid" })]
    [TestCase("actor.name~ann", new[] { "user.login" })]
    [TestCase("context.request_id!=null", new[] { "user.login" })]
    [TestCase("context.request_id=null", new[] { "cron.tick", "order.paid" })]
    [TestCase("metadata.note~\"100%\"", new[] { "order.paid" })]
    [TestCase("metadata.note~\"_literal_\"", new[] { "order.paid" })]
    [TestCase("actor.name~\"a_n\"", new string[0])]
    [TestCase("client_timestamp>=2026-11-21T00:00:00Z", new[] { "cron.tick", "order.paid" })]
    [TestCase("level>=info tags=web,billing metadata.status_code!=500", new[] { "user.login" })]
    [TestCase("environment=production level=debug", new[] { "cron.tick" })]
    [TestCase("", new[] { "cron.tick", "order.paid", "user.login" })]
    [TestCase("level = error", new[] { "order.paid" }, TestName = "Spaces around the operator")]
    [TestCase("timestamp > \"2025-08-17T00:00:00Z\"", new[] { "cron.tick", "order.paid", "user.login" }, TestName = "The public docs' own example")]
    [TestCase("metadata.status_code>=401", new[] { "order.paid" }, TestName = "A range skips the string 500 instead of failing")]
    [TestCase("metadata.duration_ms>-5", new[] { "order.paid", "user.login" }, TestName = "A minus after the operator belongs to the value")]
    [TestCase("level=error OR level=debug", new[] { "cron.tick", "order.paid" })]
    [TestCase("level=debug OR level=info tags=billing", new[] { "cron.tick" }, TestName = "AND binds tighter than OR")]
    [TestCase("(level=debug OR level=info) tags=web", new[] { "user.login" }, TestName = "Parentheses group")]
    [TestCase("(level=error OR tag=web) NOT action~\"health\"", new[] { "order.paid", "user.login" })]
    [TestCase("level>=debug AND -action~login", new[] { "cron.tick", "order.paid" }, TestName = "Written AND and a leading minus")]
    [TestCase("NOT (level=error OR level=debug)", new[] { "user.login" })]
    [TestCase("NOT message~firefox", new[] { "cron.tick", "order.paid" }, TestName = "NOT of a missing value matches")]
    public async Task Each_operator_and_field_kind_finds_exactly_its_logs(string query, string[] actions)
    {
        Assert.That(await ActionsAsync(new { query }), Is.EquivalentTo(actions));
    }

    [Test]
    public async Task Ids_api_key_and_server_timestamps_are_searchable()
    {
        var login = await ContractAssert.IsOkJsonAsync(await _client.GetAsync($"{LogsPath}/{_loginId}"));
        var stamp = login.GetProperty("server_timestamp").GetString();

        Assert.That(await ActionsAsync(new { query = $"id={_loginId}" }), Is.EqualTo(new[] { "user.login" }));
        Assert.That(await ActionsAsync(new { query = $"api_key_id={_keyId}" }), Has.Length.EqualTo(3));
        Assert.That(await ActionsAsync(new { query = $"timestamp={stamp}" }), Is.EqualTo(new[] { "user.login" }));
        Assert.That(await ActionsAsync(new { query = $"timestamp>{stamp}" }), Is.EquivalentTo(new[] { "cron.tick", "order.paid" }));
    }

    [Test]
    public async Task The_body_window_action_and_page_size_combine_with_the_query()
    {
        Assert.That(await ActionsAsync(new { query = "level>=debug", action = "order", pageSize = 10 }), Is.EqualTo(new[] { "order.paid" }));
    }

    [TestCase("level=", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("action=\"unclosed", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("colour=red", "VALIDATION_QUERY_INVALID")]
    [TestCase("level=loud", "VALIDATION_QUERY_INVALID")]
    [TestCase("environment=prod", "VALIDATION_INVALID_ENVIRONMENT")]
    [TestCase("level:error", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("level=error | count", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("(level=error", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("level=error)", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("level=error OR", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("pg_sleep(1)", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("'; DROP TABLE logs; --", "VALIDATION_QUERY_SYNTAX")]
    [TestCase("((((((((( level=error )))))))))", "VALIDATION_QUERY_CONSTRAINT")]
    public async Task Query_errors_are_400_with_their_code(string query, string errorCode)
    {
        var response = await _client.PostAsync($"{LogsPath}/query", Json(new { query }));

        await ContractAssert.IsValidationFailureAsync(response, errorCode);
    }

    [Test]
    public async Task A_syntax_error_reports_its_position()
    {
        var response = await _client.PostAsync($"{LogsPath}/query", Json(new { query = "level=error action=" }));

        var error = await ContractAssert.IsValidationFailureAsync(response, "VALIDATION_QUERY_SYNTAX");
        Assert.That(error.GetProperty("details").GetProperty("position").GetInt32(), Is.EqualTo(19));
        Assert.That(error.GetProperty("details").GetProperty("errors")[0].GetProperty("message").GetString(), Is.Not.Empty);
        Assert.That(error.GetProperty("details").GetProperty("errors")[0].GetProperty("position").GetInt32(), Is.EqualTo(19));
    }

    [Test]
    public async Task A_known_field_with_a_colon_gets_a_hint()
    {
        var response = await _client.PostAsync($"{LogsPath}/query", Json(new { query = "level:error" }));

        var error = await ContractAssert.IsValidationFailureAsync(response, "VALIDATION_QUERY_SYNTAX");
        Assert.That(error.GetProperty("details").GetProperty("position").GetInt32(), Is.EqualTo(5));
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("did you mean level=error?"));
    }

    [Test]
    public async Task More_than_a_hundred_values_in_a_term_is_a_constraint_error()
    {
        var query = "actor.id=" + string.Join(',', Enumerable.Range(0, 101));

        await ContractAssert.IsValidationFailureAsync(await _client.PostAsync($"{LogsPath}/query", Json(new { query })), "VALIDATION_QUERY_CONSTRAINT");
    }

    [Test]
    public async Task Instant_ranges_on_json_paths_compare_only_rfc3339_strings()
    {
        await IngestAsync(_client, new { action = "plan.renewed", level = "info", clientTimestamp = "2026-11-22T10:00:00Z", metadata = new { expires_at = "2027-01-01T00:00:00+02:00" } });
        await IngestAsync(_client, new { action = "plan.odd", level = "info", clientTimestamp = "2026-11-22T10:00:00Z", metadata = new { expires_at = "2027-02-31T00:00:00Z" } });
        await IngestAsync(_client, new { action = "plan.number", level = "info", clientTimestamp = "2026-11-22T10:00:00Z", metadata = new { expires_at = 20270101 } });

        Assert.That(await ActionsAsync(new { query = "metadata.expires_at>\"2026-12-31T00:00:00Z\"" }), Is.EqualTo(new[] { "plan.renewed" }));
        Assert.That(await ActionsAsync(new { query = "metadata.expires_at > 2026-12-31T00:00:00Z" }), Is.EqualTo(new[] { "plan.renewed" }));
        Assert.That(await ActionsAsync(new { query = "metadata.expires_at<2026-01-01T00:00:00Z" }), Is.Empty);
    }

    [Test]
    public async Task An_or_never_widens_the_search_beyond_the_key_s_project_and_environment()
    {
        var staging = DataClient((await Admin.CreateKeyAsync(await ProjectOfAsync(_keyId), "staging")).Key);
        var elsewhere = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        var stagingId = await IngestAsync(staging, new { action = "user.login", level = "error", clientTimestamp = "2026-11-22T10:00:00Z" });
        var elsewhereId = await IngestAsync(elsewhere, new { action = "user.login", level = "error", clientTimestamp = "2026-11-22T10:00:00Z" });

        var everything = await ActionsAsync(new { query = "level=error OR level!=error OR NOT level=error" });
        var byId = await ActionsAsync(new { query = $"id={stagingId} OR id={elsewhereId} OR (id={elsewhereId})" });

        Assert.That(everything, Is.EquivalentTo(new[] { "cron.tick", "order.paid", "user.login" }));
        Assert.That(byId, Is.Empty);
    }

    [Test]
    public async Task A_nul_anywhere_in_the_body_is_refused_naming_the_field()
    {
        var inQuery = await _client.PostAsync($"{LogsPath}/query", Json("""{"query":"action=\u0000"}"""));
        var inPath = await _client.PostAsync($"{LogsPath}/query", Json("""{"query":"metadata.a\u0000b=1"}"""));
        var inAction = await _client.PostAsync($"{LogsPath}/query", Json("""{"action":"x\u0000"}"""));
        var loneSurrogate = await _client.PostAsync($"{LogsPath}/query", Json("""{"query":"\ud800"}"""));

        Assert.That((await ContractAssert.IsValidationFailureAsync(inQuery)).GetProperty("error").GetProperty("param").GetString(), Is.EqualTo("query"));
        Assert.That((await ContractAssert.IsValidationFailureAsync(inPath)).GetProperty("error").GetProperty("param").GetString(), Is.EqualTo("query"));
        Assert.That((await ContractAssert.IsValidationFailureAsync(inAction)).GetProperty("error").GetProperty("param").GetString(), Is.EqualTo("action"));
        Assert.That((await ContractAssert.IsValidationFailureAsync(loneSurrogate)).GetProperty("message").GetString(), Does.Contain("surrogate"));
    }

    [Test]
    public async Task A_page_size_written_as_a_string_is_refused()
    {
        var response = await _client.PostAsync($"{LogsPath}/query", Json("""{"pageSize":"10"}"""));

        await ContractAssert.IsValidationFailureAsync(response, "VALIDATION_INVALID_JSON");
    }

    [Test]
    public async Task More_than_twenty_terms_is_a_constraint_error()
    {
        var query = string.Join(' ', Enumerable.Repeat("level=info", 21));

        await ContractAssert.IsValidationFailureAsync(await _client.PostAsync($"{LogsPath}/query", Json(new { query })), "VALIDATION_QUERY_CONSTRAINT");
    }

    [Test]
    public async Task From_after_to_is_a_time_range_error()
    {
        var response = await _client.PostAsync($"{LogsPath}/query", Json(new { from = "2026-11-23T00:00:00Z", to = "2026-11-22T00:00:00Z" }));

        await ContractAssert.IsValidationFailureAsync(response, "VALIDATION_QUERY_TIME_RANGE");
    }

    [Test]
    public async Task Naming_another_environment_under_any_operator_is_403()
    {
        var response = await _client.PostAsync($"{LogsPath}/query", Json(new { query = "environment!=staging" }));

        await ContractAssert.IsErrorWithReasonAsync(
            response, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "environment_mismatch", "permission_error", "environment_mismatch");
    }

    [TestCase("action=\"'; DROP TABLE logs; --\"")]
    [TestCase("message~\"\\\\\"")]
    [TestCase("actor.name=\"\\\"quoted\\\"\"")]
    [TestCase("metadata.a.b.c.d.e.f.g.h.i.j=1")]
    [TestCase("'; SELECT pg_sleep 1;")]
    [TestCase("message@\"&|!():*\"")]
    [TestCase("actor.x=1e308")]
    public async Task Hostile_input_answers_an_empty_result_never_500(string query)
    {
        var response = await _client.PostAsync($"{LogsPath}/query", Json(new { query }));

        var body = await ContractAssert.IsOkJsonAsync(response);
        Assert.That(body.GetArrayLength(), Is.Zero);
        Assert.That(await CountStoredAsync(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_very_long_query_is_answered_without_500()
    {
        var response = await _client.PostAsync($"{LogsPath}/query", Json(new { query = "message~\"" + new string('x', 100_000) + "\"" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_write_only_key_cannot_query()
    {
        var writeOnly = DataClient((await Admin.CreateWorkspaceKeyAsync(type: "wo")).Key);

        var response = await writeOnly.PostAsync($"{LogsPath}/query", Json(new { query = "level=info" }));

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "forbidden", "permission_error");
    }

    private async Task<Guid> ProjectOfAsync(Guid keyId)
    {
        var info = await ContractAssert.IsOkJsonAsync(await _client.GetAsync("/api/v1/workspace/info"));
        Assert.That(info.GetProperty("api_key").GetProperty("id").GetGuid(), Is.EqualTo(keyId));
        return info.GetProperty("project").GetProperty("id").GetGuid();
    }

    private async Task<string[]> ActionsAsync(object body)
    {
        var response = await _client.PostAsync($"{LogsPath}/query", Json(body));
        var page = await ContractAssert.IsOkJsonAsync(response);
        return page.EnumerateArray().Select(log => log.GetProperty("action").GetString()!).ToArray();
    }
}
