using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Keys;

namespace Logtrail.Api.IntegrationTests.Admin;

public sealed class KeyManagementTests : IntegrationTest
{
    [Test]
    public async Task A_created_key_is_returned_once_with_its_metadata_and_only_its_prefix_is_listed()
    {
        var projectId = await Admin.CreateProjectAsync();

        var created = await Admin.CreatedAsync($"/api/v1/admin/projects/{projectId}/keys", new { name = "ingest", environment = "staging", type = "wo" });
        var listed = (await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/keys")).EnumerateArray().Single();

        var key = created.GetProperty("key").GetString()!;
        Assert.That(key, Does.Match("^lt_staging_wo_[0-9A-Za-z]{38}$"));
        Assert.That(created.GetProperty("prefix").GetString(), Is.EqualTo(key[..18]));
        Assert.That(created.GetProperty("expires_at").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(created.GetProperty("revoked_at").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(listed.GetProperty("id").GetGuid(), Is.EqualTo(created.GetProperty("id").GetGuid()));
        Assert.That(listed.TryGetProperty("key", out _), Is.False);
        Assert.That(listed.GetRawText(), Does.Not.Contain(key[18..]));
    }

    [Test]
    public async Task Listing_filters_by_environment_and_shows_revoked_keys_only_when_asked()
    {
        var projectId = await Admin.CreateProjectAsync();
        var production = await Admin.CreateKeyAsync(projectId, "production");
        var staging = await Admin.CreateKeyAsync(projectId, "staging");
        await Admin.RevokeAsync(production.Id);

        var active = await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/keys");
        var all = await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/keys?include_revoked=true");
        var productionOnly = await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/keys?environment=production&include_revoked=true");

        Assert.That(Ids(active), Is.EqualTo(new[] { staging.Id }));
        Assert.That(Ids(all), Is.EquivalentTo(new[] { production.Id, staging.Id }));
        Assert.That(Ids(productionOnly), Is.EqualTo(new[] { production.Id }));
    }

    [Test]
    public async Task Revoking_is_idempotent_and_keeps_the_first_revocation_time()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();

        var first = await ContractAssert.IsOkJsonAsync(await Admin.RevokeAsync(key.Id));
        Api.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await ContractAssert.IsOkJsonAsync(await Admin.RevokeAsync(key.Id));

        Assert.That(first.GetProperty("revoked_at").GetString(), Does.Match(ContractAssert.TimestampPattern));
        Assert.That(second.GetProperty("revoked_at").GetString(), Is.EqualTo(first.GetProperty("revoked_at").GetString()));
    }

    [Test]
    public async Task Revoking_an_unknown_key_is_404()
    {
        await ContractAssert.IsErrorAsync(await Admin.RevokeAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "NOT_FOUND", "not_found", "invalid_request_error");
    }

    [TestCase("environment", "prod")]
    [TestCase("type", "admin")]
    [TestCase("name", "")]
    public async Task Bad_key_input_is_400_naming_the_field_and_creates_no_key(string field, string value)
    {
        var projectId = await Admin.CreateProjectAsync();
        var body = new Dictionary<string, object> { ["name"] = "k", ["environment"] = "production", ["type"] = "rw", [field] = value };

        var response = await Admin.PostAsync($"/api/v1/admin/projects/{projectId}/keys", body);

        var error = await ContractAssert.IsValidationFailureAsync(response);
        Assert.That(error.GetProperty("details").GetProperty("errors")[0].GetProperty("field").GetString(), Is.EqualTo(field));
        Assert.That((await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/keys?include_revoked=true")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_key_without_a_name_or_with_a_past_expiry_is_400()
    {
        var projectId = await Admin.CreateProjectAsync();

        var response = await Admin.PostAsync($"/api/v1/admin/projects/{projectId}/keys",
            new { environment = "production", type = "ro", expires_at = Api.Clock.GetUtcNow().AddSeconds(-1) });

        var error = await ContractAssert.IsValidationFailureAsync(response);
        var fields = error.GetProperty("details").GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString());
        Assert.That(fields, Is.EquivalentTo(new[] { "name", "expires_at" }));
    }

    [Test]
    public async Task A_key_for_an_unknown_project_is_404()
    {
        var response = await Admin.PostAsync($"/api/v1/admin/projects/{Guid.NewGuid()}/keys", new { name = "k", environment = "production", type = "rw" });

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND", "not_found", "invalid_request_error");
    }

    [Test]
    public async Task Last_use_is_recorded_without_a_write_per_request_and_shows_after_a_flush()
    {
        var projectId = await Admin.CreateProjectAsync();
        var key = await Admin.CreateKeyAsync(projectId);
        await DataClient(key.Key).GetAsync("/api/v1/workspace/info");
        var before = (await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/keys")).EnumerateArray().Single();

        await Api.Services.GetRequiredService<KeyUsageFlusher>().FlushAsync(CancellationToken.None);
        var after = (await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/keys")).EnumerateArray().Single();

        Assert.That(before.GetProperty("last_used_at").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(after.GetProperty("last_used_at").GetString(), Does.Match(ContractAssert.TimestampPattern));
    }

    private static IEnumerable<Guid> Ids(JsonElement keys) => keys.EnumerateArray().Select(k => k.GetProperty("id").GetGuid());
}
