using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Activity;

public sealed class ActionCatalogTests : WorkspaceTest
{
    private string ActionsPath => $"/api/v1/admin/projects/{ProjectId}/actions";

    [Test]
    public async Task Actions_appear_in_the_catalog_within_two_seconds_with_counts_per_environment()
    {
        var staging = DataClient((await Admin.CreateKeyAsync(ProjectId, "staging")).Key);
        var first = Api.Clock.GetUtcNow();
        await BulkAsync(Production, Enumerable.Range(0, 3).Select(_ => ValidLog("user.login")));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        await IngestAsync(Production, ValidLog("user.login"));
        await IngestAsync(staging, ValidLog("user.login"));

        var appeared = await Background.EventuallyAsync(
            async () => (await ListAsync()).EnumerateArray().Sum(entry => entry.GetProperty("count").GetInt64()) == 5,
            TimeSpan.FromSeconds(15));

        Assert.That(appeared, Is.True, "catalog counts within 2 s (waited up to 15 s)");
        var production = (await ListAsync("?environment=production")).EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(production.GetProperty("action").GetString(), Is.EqualTo("user.login"));
            Assert.That(production.GetProperty("environment").GetString(), Is.EqualTo("production"));
            Assert.That(production.GetProperty("count").GetInt64(), Is.EqualTo(4));
            Assert.That(DateTimeOffset.Parse(production.GetProperty("first_seen").GetString()!), Is.EqualTo(first).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(DateTimeOffset.Parse(production.GetProperty("last_seen").GetString()!), Is.EqualTo(first.AddMinutes(1)).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(production.GetProperty("is_public").GetBoolean(), Is.False);
            Assert.That(production.GetProperty("template").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task Validation_and_replays_are_not_counted()
    {
        await Production.PostAsync($"{LogsPath}/validate", Json(ValidLog("user.login")));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, LogsPath) { Content = Json(ValidLog("user.login")) };
            request.Headers.Add("Idempotency-Key", "k1");
            await Production.SendAsync(request);
        }

        await Background.FlushActivityAsync();

        Assert.That((await ListAsync()).EnumerateArray().Single().GetProperty("count").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task Saving_an_action_never_seen_creates_its_entry_and_clearing_it_removes_the_settings()
    {
        var saved = await SaveAsync("invoice.paid", new { is_public = true, template = "{actor.name} paid", description = "Customer paid an invoice" });

        Assert.Multiple(() =>
        {
            Assert.That(saved.GetProperty("action").GetString(), Is.EqualTo("invoice.paid"));
            Assert.That(saved.GetProperty("count").GetInt64(), Is.Zero);
            Assert.That(saved.GetProperty("is_public").GetBoolean(), Is.True);
            Assert.That(saved.GetProperty("template").GetString(), Is.EqualTo("{actor.name} paid"));
            Assert.That(saved.GetProperty("description").GetString(), Is.EqualTo("Customer paid an invoice"));
        });
        Assert.That((await ListAsync()).EnumerateArray().Single().GetProperty("is_public").GetBoolean(), Is.True);

        var cleared = await Admin.Http.DeleteAsync($"{ActionsPath}/invoice.paid");

        Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await ListAsync()).GetArrayLength(), Is.Zero);
        Assert.That((await Admin.Http.DeleteAsync($"{ActionsPath}/invoice.paid")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "idempotent");
    }

    [Test]
    public async Task A_seen_action_keeps_its_counts_when_saved()
    {
        await BulkAsync(Production, Enumerable.Range(0, 2).Select(_ => ValidLog("user.login")));
        await Background.FlushActivityAsync();

        var saved = await SaveAsync("user.login", new { is_public = true });

        Assert.That(saved.GetProperty("count").GetInt64(), Is.EqualTo(2));
        Assert.That(saved.GetProperty("first_seen").GetString(), Does.Match(ContractAssert.TimestampPattern));
    }

    [TestCase("{actor.name", "not closed")]
    [TestCase("{user.name} paid", "not a known root")]
    public async Task An_invalid_template_is_a_400_naming_the_field_and_position(string template, string reason)
    {
        var response = await Admin.Http.PutAsJsonAsync($"{ActionsPath}/invoice.paid", new { is_public = true, template });

        var body = await ContractAssert.IsValidationFailureAsync(response);
        var error = body.GetProperty("details").GetProperty("errors")[0];
        Assert.That(error.GetProperty("field").GetString(), Is.EqualTo("template"));
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("character").And.Contain(reason));
        Assert.That((await ListAsync()).GetArrayLength(), Is.Zero, "nothing saved");
    }

    [Test]
    public async Task Is_public_is_required()
    {
        var response = await Admin.Http.PutAsJsonAsync($"{ActionsPath}/invoice.paid", new { template = "{action}" });

        var body = await ContractAssert.IsValidationFailureAsync(response);
        Assert.That(body.GetProperty("details").GetProperty("errors")[0].GetProperty("field").GetString(), Is.EqualTo("is_public"));
    }

    [Test]
    public async Task Preview_renders_the_latest_real_logs_of_the_action_in_the_chosen_environment()
    {
        await IngestAsync(Production, new { action = "team.invite", level = "info", clientTimestamp = "2026-11-23T09:00:00Z", actor = new { name = "Ann" }, target = new { name = "Bob" } });
        Api.Clock.Advance(TimeSpan.FromMilliseconds(5));
        await IngestAsync(Production, new { action = "team.invite", level = "info", clientTimestamp = "2026-11-23T09:05:00Z", actor = new { email = "cy@x.io" } });
        await IngestAsync(Production, new { action = "other.action", level = "info", clientTimestamp = "2026-11-23T09:06:00Z" });

        var given = await PreviewAsync(new { template = "{actor.name|actor.email} invited {target.name|\"a friend\"}", environment = "production" });
        var byDefault = await PreviewAsync(new { environment = "production", limit = 1 });
        var otherEnvironment = await PreviewAsync(new { environment = "staging" });

        Assert.That(given.EnumerateArray().Select(item => item.GetProperty("text").GetString()), Is.EqualTo(new[] { "cy@x.io invited a friend", "Ann invited Bob" }));
        Assert.That(given[0].GetProperty("client_timestamp").GetString(), Is.EqualTo("2026-11-23T09:05:00.000000Z"));
        Assert.That(byDefault.EnumerateArray().Select(item => item.GetProperty("text").GetString()), Is.EqualTo(new[] { "cy@x.io performed team.invite" }));
        Assert.That(otherEnvironment.GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Preview_needs_a_known_environment_and_a_valid_template()
    {
        var noEnvironment = await Admin.PostAsync($"{ActionsPath}/team.invite/preview", new { template = "{action}" });
        var badTemplate = await Admin.PostAsync($"{ActionsPath}/team.invite/preview", new { template = "{oops", environment = "production" });
        var badLimit = await Admin.PostAsync($"{ActionsPath}/team.invite/preview", new { environment = "production", limit = 51 });

        await ContractAssert.IsValidationFailureAsync(noEnvironment);
        await ContractAssert.IsValidationFailureAsync(badTemplate);
        await ContractAssert.IsValidationFailureAsync(badLimit);
    }

    [Test]
    public async Task Actions_of_an_unknown_project_are_a_404()
    {
        var response = await Admin.Http.GetAsync($"/api/v1/admin/projects/{Guid.NewGuid()}/actions");

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND", "not_found", "invalid_request_error");
    }

    private async Task<JsonElement> ListAsync(string query = "") => await Admin.GetJsonAsync(ActionsPath + query);

    private async Task<JsonElement> SaveAsync(string action, object body)
    {
        var response = await Admin.Http.PutAsJsonAsync($"{ActionsPath}/{action}", body);
        return await ContractAssert.IsOkJsonAsync(response);
    }

    private async Task<JsonElement> PreviewAsync(object body) =>
        await ContractAssert.IsOkJsonAsync(await Admin.PostAsync($"{ActionsPath}/team.invite/preview", body));
}
