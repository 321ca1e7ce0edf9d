using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Streaming;

/// <summary>Viewer tokens: one actor's or target's public activity, in the minting key's environment, from allowed origins only.</summary>
public sealed class ViewerTokenTests : WorkspaceTest
{
    private const string ActivityPath = "/api/v1/workspace/activity";
    private const string TokensPath = $"{ActivityPath}/tokens";
    private const string AllowedOrigin = "https://app.example.com";
    private Guid _annPublic;
    private Guid _annAsTarget;

    [SetUp]
    public async Task SeedAsync()
    {
        _annPublic = await IngestAsync(Production, Public("doc.shared", new { id = "ann", name = "Ann" }, new { id = "doc1" }));
        await IngestAsync(Production, Public("doc.shared", new { id = "bob", name = "Bob" }, new { id = "doc1" }));
        _annAsTarget = await IngestAsync(Production, Public("user.mentioned", new { id = "bob", name = "Bob" }, new { id = "ann" }));
        await IngestAsync(Production, new { action = "doc.private", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", actor = new { id = "ann" }, is_public = false });
        using var staging = DataClient((await Admin.CreateKeyAsync(ProjectId, "staging")).Key);
        await IngestAsync(staging, Public("doc.shared", new { id = "ann", name = "Ann" }, new { id = "doc9" }));
    }

    [Test]
    public async Task A_token_is_minted_once_with_its_expiry_and_the_checksummed_format()
    {
        var response = await Production.PostAsync(TokensPath, Json(new { actor_id = "ann" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("token").GetString(), Does.Match("^lt_viewer_[0-9A-Za-z]{38}$"));
        Assert.That(body.GetProperty("expires_at").GetString(), Does.Match(ContractAssert.TimestampPattern));
        Assert.That(DateTimeOffset.Parse(body.GetProperty("expires_at").GetString()!), Is.EqualTo(Api.Clock.GetUtcNow().AddSeconds(900)).Within(TimeSpan.FromSeconds(1)));
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM viewer_tokens WHERE token_hash = sha256(convert_to(@token, 'UTF8'))";
        command.Parameters.AddWithValue("token", body.GetProperty("token").GetString()!);
        Assert.That((long)(await command.ExecuteScalarAsync())!, Is.EqualTo(1), "stored as its SHA-256 hash only");
    }

    [Test]
    public async Task An_actor_token_sees_only_that_actors_public_activity_in_the_minting_keys_environment()
    {
        using var viewer = await ViewerAsync(new { actor_id = "ann" });

        Assert.That(await FeedIdsAsync(viewer, ""), Is.EqualTo(new[] { _annPublic }));
        Assert.That(await FeedIdsAsync(viewer, "?actor_id=bob"), Is.Empty, "another actor: the filters intersect the binding");
        Assert.That(await FeedIdsAsync(viewer, "?actor_id=ann"), Is.EqualTo(new[] { _annPublic }));
    }

    [Test]
    public async Task A_target_token_sees_only_that_targets_public_activity()
    {
        using var viewer = await ViewerAsync(new { target_id = "ann" });

        Assert.That(await FeedIdsAsync(viewer, ""), Is.EqualTo(new[] { _annAsTarget }));
        Assert.That(await FeedIdsAsync(viewer, "?target_id=doc1"), Is.Empty);
    }

    [TestCase("GET", "/api/v1/workspace/logs")]
    [TestCase("GET", "/api/v1/workspace/info")]
    [TestCase("GET", "/api/v1/workspace/usage")]
    [TestCase("GET", "/api/v1/workspace/logs/export")]
    [TestCase("POST", "/api/v1/workspace/logs/query")]
    [TestCase("POST", "/api/v1/workspace/logs/aggregate")]
    [TestCase("POST", "/api/v1/workspace/logs")]
    [TestCase("POST", "/api/v1/workspace/activity/tokens")]
    public async Task Any_other_endpoint_is_forbidden_to_a_viewer_token(string method, string path)
    {
        using var viewer = await ViewerAsync(new { actor_id = "ann" });
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = Json(path.EndsWith("/logs", StringComparison.Ordinal) ? ValidLog() : new { actor_id = "ann" });
        }

        var response = await viewer.SendAsync(request);

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "forbidden", "permission_error");
        Assert.That(await LogRequests.CountStoredAsync(), Is.EqualTo(5), "nothing stored");
    }

    [Test]
    public async Task A_token_expires_after_its_ttl()
    {
        using var viewer = await ViewerAsync(new { actor_id = "ann", ttl_seconds = 60 });
        Assert.That((await viewer.GetAsync(ActivityPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Api.Clock.Advance(TimeSpan.FromSeconds(61));

        await ContractAssert.IsUnauthorizedAsync(await viewer.GetAsync(ActivityPath), "AUTH_API_KEY_EXPIRED");
    }

    [Test]
    public async Task Retention_deletes_expired_tokens_and_keeps_the_others()
    {
        await MintAsync(new { actor_id = "ann", ttl_seconds = 60 });
        using var lasting = await ViewerAsync(new { actor_id = "bob", ttl_seconds = 3600 });
        Api.Clock.Advance(TimeSpan.FromSeconds(61));

        var report = await Api.Services.GetRequiredService<RetentionEnforcer>().EnforceAsync(CancellationToken.None);

        Assert.That(report.ViewerTokensDeleted, Is.EqualTo(1));
        Assert.That((await lasting.GetAsync(ActivityPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await using var connection = await TestDatabase.OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM viewer_tokens"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_token_dies_with_the_key_that_minted_it()
    {
        var key = await Admin.CreateKeyAsync(ProjectId, type: "ro");
        using var minter = DataClient(key.Key);
        using var viewer = await ViewerAsync(new { actor_id = "ann" }, minter);
        Assert.That((await viewer.GetAsync(ActivityPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await Admin.RevokeAsync(key.Id)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await ContractAssert.IsUnauthorizedAsync(await viewer.GetAsync(ActivityPath), "AUTH_INVALID_API_KEY");
    }

    [Test]
    public async Task A_forged_or_mistyped_token_is_refused()
    {
        var token = await MintAsync(new { actor_id = "ann" });
        using var mistyped = BearerClient(token[..^1] + (token[^1] == 'A' ? 'B' : 'A'));
        using var forged = BearerClient("lt_viewer_" + new string('A', 38));

        await ContractAssert.IsUnauthorizedAsync(await mistyped.GetAsync(ActivityPath), "AUTH_INVALID_API_KEY");
        await ContractAssert.IsUnauthorizedAsync(await forged.GetAsync(ActivityPath), "AUTH_INVALID_API_KEY");
    }

    [TestCase("{\"actor_id\":\"ann\",\"target_id\":\"doc1\"}", "actor_id")]
    [TestCase("{}", "actor_id")]
    [TestCase("{\"actor_id\":\"ann\",\"ttl_seconds\":59}", "ttl_seconds")]
    [TestCase("{\"actor_id\":\"ann\",\"ttl_seconds\":3601}", "ttl_seconds")]
    public async Task Minting_needs_exactly_one_binding_and_a_ttl_of_60_to_3600_seconds(string json, string field)
    {
        var body = await ContractAssert.IsValidationFailureAsync(await Production.PostAsync(TokensPath, Json(json)));
        Assert.That(body.GetProperty("details").GetProperty("errors")[0].GetProperty("field").GetString(), Is.EqualTo(field));
    }

    [Test]
    public async Task A_write_only_key_cannot_mint()
    {
        using var writer = DataClient((await Admin.CreateKeyAsync(ProjectId, type: "wo")).Key);
        var response = await writer.PostAsync(TokensPath, Json(new { actor_id = "ann" }));
        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "forbidden", "permission_error");
    }

    [Test]
    public async Task Each_token_has_its_own_bucket_of_60_requests_a_minute()
    {
        using var first = await ViewerAsync(new { actor_id = "ann" });
        using var second = await ViewerAsync(new { actor_id = "ann" });
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 61 && (last is null || last.StatusCode == HttpStatusCode.OK); attempt++)
        {
            last = await first.GetAsync(ActivityPath);
        }

        await ContractAssert.IsErrorAsync(last, HttpStatusCode.TooManyRequests, "RATE_LIMIT_PLAN_EXCEEDED", "rate_limit_exceeded", "rate_limit_error");
        Assert.That(last.Headers.GetValues("X-RateLimit-Limit").Single(), Is.EqualTo("60"));
        Assert.That((await second.GetAsync(ActivityPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "another token's bucket is untouched");
        Assert.That((await Production.GetAsync(ActivityPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "so is the minting key's");
    }

    [Test]
    public async Task Cors_origins_are_managed_by_the_admin_api_and_normalised()
    {
        var put = await Admin.Http.PutAsJsonAsync($"/api/v1/admin/projects/{ProjectId}/cors-origins", new { origins = new[] { "https://App.Example.com", "http://localhost:3000" } });
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), await put.Content.ReadAsStringAsync());

        var got = await Admin.GetJsonAsync($"/api/v1/admin/projects/{ProjectId}/cors-origins");

        Assert.That(got.GetProperty("origins").EnumerateArray().Select(origin => origin.GetString()), Is.EqualTo(new[] { AllowedOrigin, "http://localhost:3000" }));
        var bad = await Admin.Http.PutAsJsonAsync($"/api/v1/admin/projects/{ProjectId}/cors-origins", new { origins = new[] { "https://app.example.com/path" } });
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_browser_request_from_an_allowed_origin_works_and_exposes_paging_and_limit_headers()
    {
        await AllowOriginAsync();
        using var viewer = await ViewerAsync(new { actor_id = "ann" });

        using var preflight = new HttpRequestMessage(HttpMethod.Options, ActivityPath);
        preflight.Headers.Add("Origin", AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");
        var preflightResponse = await AnonymousClient().SendAsync(preflight);
        Assert.That(preflightResponse.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(preflightResponse.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo(AllowedOrigin));
        Assert.That(preflightResponse.Headers.GetValues("Access-Control-Allow-Headers").Single(), Does.Contain("Authorization"));
        Assert.That(preflightResponse.Headers.Vary, Does.Contain("Origin"));

        using var request = new HttpRequestMessage(HttpMethod.Get, ActivityPath);
        request.Headers.Add("Origin", AllowedOrigin);
        var response = await viewer.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo(AllowedOrigin));
        Assert.That(response.Headers.GetValues("Access-Control-Expose-Headers").Single(), Does.Contain("Link").And.Contain("X-Request-Id").And.Contain("X-RateLimit-Remaining"));
    }

    [Test]
    public async Task A_browser_request_from_an_origin_not_allowed_is_refused()
    {
        await AllowOriginAsync();
        using var viewer = await ViewerAsync(new { actor_id = "ann" });

        using var preflight = new HttpRequestMessage(HttpMethod.Options, ActivityPath);
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var preflightResponse = await AnonymousClient().SendAsync(preflight);
        Assert.That(preflightResponse.Headers.Contains("Access-Control-Allow-Origin"), Is.False);

        using var request = new HttpRequestMessage(HttpMethod.Get, ActivityPath);
        request.Headers.Add("Origin", "https://evil.example");
        var body = await ContractAssert.IsErrorAsync(await viewer.SendAsync(request), HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "forbidden", "permission_error");
        Assert.That(body.GetProperty("details").GetProperty("reason").GetString(), Is.EqualTo("origin_not_allowed"));
    }

    [Test]
    public async Task An_origin_allowed_by_another_project_is_refused_for_this_projects_tokens()
    {
        var other = await Admin.CreateProjectAsync();
        var put = await Admin.Http.PutAsJsonAsync($"/api/v1/admin/projects/{other}/cors-origins", new { origins = new[] { AllowedOrigin } });
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var viewer = await ViewerAsync(new { actor_id = "ann" });

        using var request = new HttpRequestMessage(HttpMethod.Get, ActivityPath);
        request.Headers.Add("Origin", AllowedOrigin);
        var response = await viewer.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static object Public(string action, object actor, object target) =>
        new { action, level = "info", clientTimestamp = "2026-11-23T10:00:00Z", actor, target, is_public = true };

    private async Task AllowOriginAsync()
    {
        var put = await Admin.Http.PutAsJsonAsync($"/api/v1/admin/projects/{ProjectId}/cors-origins", new { origins = new[] { AllowedOrigin } });
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), await put.Content.ReadAsStringAsync());
    }

    private async Task<string> MintAsync(object request, HttpClient? minter = null)
    {
        var response = await (minter ?? Production).PostAsync(TokensPath, Json(request));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private async Task<HttpClient> ViewerAsync(object request, HttpClient? minter = null) => BearerClient(await MintAsync(request, minter));

    private static async Task<Guid[]> FeedIdsAsync(HttpClient viewer, string query) =>
        (await ContractAssert.IsOkJsonAsync(await viewer.GetAsync(ActivityPath + query))).EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).ToArray();
}
