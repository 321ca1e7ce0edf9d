using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Admin;

public sealed class AdminTokenManagementTests : IntegrationTest
{
    [Test]
    public async Task A_created_token_is_shown_once_works_and_is_listed_without_its_secret()
    {
        var created = await Admin.CreatedAsync("/api/v1/admin/tokens", new { name = "ci pipeline" });

        var token = created.GetProperty("token").GetString()!;
        Assert.That(token, Does.Match("^lt_admin_[0-9A-Za-z]{38}$"));
        Assert.That(created.GetProperty("prefix").GetString(), Is.EqualTo(token[..13]));
        Assert.That(created.GetProperty("expires_at").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That((await BearerClient(token).GetAsync("/api/v1/admin/organizations")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var listed = await Admin.GetJsonAsync("/api/v1/admin/tokens");
        var entry = listed.EnumerateArray().Single(item => item.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
        Assert.That(entry.GetProperty("name").GetString(), Is.EqualTo("ci pipeline"));
        Assert.That(entry.TryGetProperty("token", out _), Is.False);
        Assert.That(listed.GetRawText(), Does.Not.Contain(token[13..]));
        Assert.That(listed.GetArrayLength(), Is.EqualTo(2), "the test's own token and the new one");
    }

    [Test]
    public async Task A_rotated_token_keeps_working_for_its_grace_period_then_is_refused_as_expired()
    {
        var old = await Admin.CreatedAsync("/api/v1/admin/tokens", new { name = "deploy" });
        var oldToken = old.GetProperty("token").GetString()!;

        var rotated = await Admin.CreatedAsync($"/api/v1/admin/tokens/{old.GetProperty("id").GetGuid()}/rotate", new { grace_period_seconds = 60 });

        var newToken = rotated.GetProperty("token").GetString()!;
        Assert.That(rotated.GetProperty("name").GetString(), Is.EqualTo("deploy"));
        Assert.That(newToken, Is.Not.EqualTo(oldToken));
        Assert.That((await BearerClient(oldToken).GetAsync("/api/v1/admin/tokens")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "within the grace period");
        Api.Clock.Advance(TimeSpan.FromSeconds(61));
        await ContractAssert.IsUnauthorizedAsync(await BearerClient(oldToken).GetAsync("/api/v1/admin/tokens"), "AUTH_API_KEY_EXPIRED");
        Assert.That((await BearerClient(newToken).GetAsync("/api/v1/admin/tokens")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_revoked_token_is_refused_and_cannot_be_rotated_and_revoking_again_changes_nothing()
    {
        var created = await Admin.CreatedAsync("/api/v1/admin/tokens", new { name = "laptop" });
        var id = created.GetProperty("id").GetGuid();

        var revoked = await ContractAssert.IsOkJsonAsync(await Admin.PostAsync($"/api/v1/admin/tokens/{id}/revoke", null));
        var again = await ContractAssert.IsOkJsonAsync(await Admin.PostAsync($"/api/v1/admin/tokens/{id}/revoke", null));

        Assert.That(revoked.GetProperty("revoked_at").GetString(), Does.Match(ContractAssert.TimestampPattern));
        Assert.That(again.GetProperty("revoked_at").GetString(), Is.EqualTo(revoked.GetProperty("revoked_at").GetString()));
        await ContractAssert.IsUnauthorizedAsync(
            await BearerClient(created.GetProperty("token").GetString()!).GetAsync("/api/v1/admin/tokens"), "AUTH_INVALID_API_KEY");
        await ContractAssert.IsErrorAsync(
            await Admin.PostAsync($"/api/v1/admin/tokens/{id}/rotate", new { }), HttpStatusCode.Conflict, "ADMIN_TOKEN_REVOKED", "conflict", "invalid_request_error");
    }

    [Test]
    public async Task The_last_active_token_cannot_be_revoked()
    {
        var own = (await Admin.GetJsonAsync("/api/v1/admin/tokens")).EnumerateArray().Single().GetProperty("id").GetGuid();

        var response = await Admin.PostAsync($"/api/v1/admin/tokens/{own}/revoke", null);

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Conflict, "LAST_ADMIN_TOKEN", "conflict", "invalid_request_error");
        Assert.That((await Admin.Http.GetAsync("/api/v1/admin/tokens")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Concurrent_revocations_of_the_last_two_tokens_leave_one_active()
    {
        var survivor = (Token: Admin.Token, Id: (await Admin.GetJsonAsync("/api/v1/admin/tokens")).EnumerateArray().Single().GetProperty("id").GetGuid());
        for (var round = 0; round < 3; round++)
        {
            var created = await (await BearerClient(survivor.Token).PostAsJsonAsync("/api/v1/admin/tokens", new { name = $"second {round}" }))
                .Content.ReadFromJsonAsync<JsonElement>();
            var pair = new[] { survivor, (Token: created.GetProperty("token").GetString()!, Id: created.GetProperty("id").GetGuid()) };

            var responses = await Task.WhenAll(pair.Select(token => BearerClient(token.Token).PostAsync($"/api/v1/admin/tokens/{token.Id}/revoke", null)));

            Assert.That(responses.Select(response => response.StatusCode).OrderBy(status => (int)status),
                Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }), $"round {round}: one revocation wins, the other finds the last token");
            survivor = pair[Array.FindIndex(responses, response => response.StatusCode == HttpStatusCode.Conflict)];
            var active = (await BearerClient(survivor.Token).GetFromJsonAsync<JsonElement>("/api/v1/admin/tokens")).EnumerateArray()
                .Where(token => token.GetProperty("revoked_at").ValueKind == JsonValueKind.Null)
                .Select(token => token.GetProperty("id").GetGuid());
            Assert.That(active, Is.EqualTo(new[] { survivor.Id }), $"round {round}");
        }
    }

    [Test]
    public async Task Token_changes_are_in_the_audit_trail_with_the_acting_token()
    {
        var created = await Admin.CreatedAsync("/api/v1/admin/tokens", new { name = "ops" });
        var id = created.GetProperty("id").GetGuid();
        var rotated = await Admin.CreatedAsync($"/api/v1/admin/tokens/{id}/rotate", new { grace_period_seconds = 30 });
        await ContractAssert.IsOkJsonAsync(await Admin.PostAsync($"/api/v1/admin/tokens/{rotated.GetProperty("id").GetGuid()}/revoke", null));

        var audit = (await Admin.GetJsonAsync("/api/v1/admin/audit")).EnumerateArray().ToList();

        Assert.That(audit.Select(entry => entry.GetProperty("action").GetString()), Is.EqualTo(new[] { "admin_token.revoked", "admin_token.rotated", "admin_token.created" }));
        var own = (await Admin.GetJsonAsync("/api/v1/admin/tokens")).EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Multiple(() =>
        {
            Assert.That(audit.Select(entry => entry.GetProperty("actor").GetString()), Is.All.EqualTo("token"));
            Assert.That(audit.Select(entry => entry.GetProperty("token_id").GetGuid()), Is.All.EqualTo(own));
            Assert.That(audit[1].GetProperty("target").GetString(), Is.EqualTo($"admin_token:{id}"));
            Assert.That(audit[1].GetProperty("details").GetProperty("new_token_id").GetGuid(), Is.EqualTo(rotated.GetProperty("id").GetGuid()));
            Assert.That(audit[1].GetProperty("details").GetProperty("grace_period_seconds").GetInt32(), Is.EqualTo(30));
        });
    }

    [Test]
    public async Task Bad_token_requests_are_validation_failures()
    {
        await ContractAssert.IsValidationFailureAsync(await Admin.PostAsync("/api/v1/admin/tokens", new { name = "" }));
        await ContractAssert.IsValidationFailureAsync(await Admin.PostAsync("/api/v1/admin/tokens", new { name = "x", expires_at = Api.Clock.GetUtcNow().AddDays(-1) }));
        var created = await Admin.CreatedAsync("/api/v1/admin/tokens", new { name = "x" });
        await ContractAssert.IsValidationFailureAsync(
            await Admin.PostAsync($"/api/v1/admin/tokens/{created.GetProperty("id").GetGuid()}/rotate", new { grace_period_seconds = 8 * 86_400 }));
        Assert.That((await Admin.PostAsync($"/api/v1/admin/tokens/{Guid.NewGuid()}/revoke", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
