using System.Net;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Domain.Common;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Activity;

public sealed class PurgeAndErasureTests : IntegrationTest
{
    [Test]
    public async Task Purging_a_key_removes_exactly_what_it_ingested_in_the_window()
    {
        var projectId = await Admin.CreateProjectAsync();
        var leaked = await Admin.CreateKeyAsync(projectId);
        var other = DataClient((await Admin.CreateKeyAsync(projectId)).Key);
        var before = await IngestAsync(DataClient(leaked.Key), ValidLog("before.window"));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var from = Api.Clock.GetUtcNow();
        await BulkAsync(DataClient(leaked.Key), Enumerable.Range(0, 4).Select(_ => ValidLog("in.window")));
        var othersLog = await IngestAsync(other, ValidLog("in.window"));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var to = Api.Clock.GetUtcNow();
        var after = await IngestAsync(DataClient(leaked.Key), ValidLog("after.window"));
        await Admin.RevokeAsync(leaked.Id);

        var response = await Admin.Http.DeleteAsync(
            $"/api/v1/admin/keys/{leaked.Id}/logs?from={Uri.EscapeDataString(Rfc3339.Format(from))}&to={Uri.EscapeDataString(Rfc3339.Format(to))}");

        var body = await ContractAssert.IsOkJsonAsync(response);
        Assert.That(body.GetProperty("deleted").GetInt64(), Is.EqualTo(4));
        Assert.That(await RemainingIdsAsync(other), Is.EquivalentTo(new[] { before, othersLog, after }));
    }

    [Test]
    public async Task Purging_without_a_window_removes_everything_the_key_wrote()
    {
        var projectId = await Admin.CreateProjectAsync();
        var leaked = await Admin.CreateKeyAsync(projectId);
        var other = DataClient((await Admin.CreateKeyAsync(projectId)).Key);
        await BulkAsync(DataClient(leaked.Key), Enumerable.Range(0, 3).Select(_ => ValidLog()));
        var kept = await IngestAsync(other, ValidLog());

        var body = await ContractAssert.IsOkJsonAsync(await Admin.Http.DeleteAsync($"/api/v1/admin/keys/{leaked.Id}/logs"));

        Assert.That(body.GetProperty("deleted").GetInt64(), Is.EqualTo(3));
        Assert.That(await RemainingIdsAsync(other), Is.EqualTo(new[] { kept }));
    }

    [Test]
    public async Task A_purge_with_a_malformed_window_or_an_unknown_key_deletes_nothing()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        await IngestAsync(DataClient(key.Key), ValidLog());

        await ContractAssert.IsValidationFailureAsync(await Admin.Http.DeleteAsync($"/api/v1/admin/keys/{key.Id}/logs?from=yesterday"));
        await ContractAssert.IsValidationFailureAsync(
            await Admin.Http.DeleteAsync($"/api/v1/admin/keys/{key.Id}/logs?from=2026-11-23T10:00:00Z&to=2026-11-23T09:00:00Z"));
        await ContractAssert.IsErrorAsync(
            await Admin.Http.DeleteAsync($"/api/v1/admin/keys/{Guid.NewGuid()}/logs"), HttpStatusCode.NotFound, "NOT_FOUND", "not_found", "invalid_request_error");
        Assert.That(await CountStoredAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Erasure_removes_every_log_about_one_actor_and_nothing_else()
    {
        var projectId = await Admin.CreateProjectAsync();
        var production = DataClient((await Admin.CreateKeyAsync(projectId)).Key);
        var staging = DataClient((await Admin.CreateKeyAsync(projectId, "staging")).Key);
        await IngestAsync(production, Log(actor: new { id = "user_7", email = "seven@example.com" }));
        await IngestAsync(production, Log(actor: new { id = "admin_1" }, target: new { id = "user_7" }));
        var someoneElse = await IngestAsync(production, Log(actor: new { id = "user_8" }));
        var lookalike = await IngestAsync(production, Log(actor: new { id = "user_77" }, metadata: new { note = "user_7" }));
        var inStaging = await IngestAsync(staging, Log(actor: new { id = "user_7" }));

        var response = await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{projectId}/logs?environment=production&actor_id=user_7");

        var body = await ContractAssert.IsOkJsonAsync(response);
        Assert.That(body.GetProperty("deleted").GetInt64(), Is.EqualTo(2));
        Assert.That(await RemainingIdsAsync(production), Is.EquivalentTo(new[] { someoneElse, lookalike }));
        Assert.That(await RemainingIdsAsync(staging), Is.EqualTo(new[] { inStaging }), "only the named environment");

        var everywhere = await ContractAssert.IsOkJsonAsync(await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{projectId}/logs?actor_id=user_7"));
        Assert.That(everywhere.GetProperty("deleted").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task Erasure_needs_an_actor_id()
    {
        var projectId = await Admin.CreateProjectAsync();

        var response = await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{projectId}/logs?environment=production");

        var body = await ContractAssert.IsValidationFailureAsync(response);
        Assert.That(body.GetProperty("details").GetProperty("errors")[0].GetProperty("field").GetString(), Is.EqualTo("actor_id"));
    }

    private static async Task<Guid[]> RemainingIdsAsync(HttpClient client) =>
        (await PageAsync(client, "?pageSize=100")).EnumerateArray().Select(log => log.GetProperty("id").GetGuid()).ToArray();

    private static object Log(object actor, object? target = null, object? metadata = null) =>
        new { action = "profile.viewed", level = "info", clientTimestamp = "2026-11-23T10:00:00Z", actor, target, metadata };
}
