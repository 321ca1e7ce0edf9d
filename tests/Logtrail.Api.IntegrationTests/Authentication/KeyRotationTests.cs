using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Authentication;

public sealed class KeyRotationTests : IntegrationTest
{
    private const string InfoPath = "/api/v1/workspace/info";

    [Test]
    public async Task Without_a_grace_period_the_old_key_expires_at_once_and_the_new_one_works()
    {
        var old = await Admin.CreateWorkspaceKeyAsync(environment: "staging", type: "wo");

        var response = await Admin.RotateAsync(old.Id, graceSeconds: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var newKey = created.GetProperty("key").GetString()!;
        Assert.That(newKey, Does.StartWith("lt_staging_wo_"));
        Assert.That(created.GetProperty("name").GetString(), Is.EqualTo("staging wo"));
        await ContractAssert.IsUnauthorizedAsync(await DataClient(old.Key).GetAsync(InfoPath), "AUTH_API_KEY_EXPIRED");
        Assert.That((await DataClient(newKey).GetAsync(InfoPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task With_a_grace_period_the_old_key_works_until_it_ends()
    {
        var old = await Admin.CreateWorkspaceKeyAsync();
        var oldClient = DataClient(old.Key);

        await Admin.RotateAsync(old.Id, graceSeconds: 3600);

        Api.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.That((await oldClient.GetAsync(InfoPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        await ContractAssert.IsUnauthorizedAsync(await oldClient.GetAsync(InfoPath), "AUTH_API_KEY_EXPIRED");
    }

    [Test]
    public async Task Rotating_a_revoked_key_is_409_key_revoked()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        await Admin.RevokeAsync(key.Id);

        var response = await Admin.RotateAsync(key.Id, graceSeconds: 60);

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Conflict, "KEY_REVOKED", "conflict", "invalid_request_error");
    }

    [Test]
    public async Task A_grace_period_over_seven_days_is_refused()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();

        var response = await Admin.RotateAsync(key.Id, graceSeconds: 7 * 24 * 3600 + 1);

        var body = await ContractAssert.IsValidationFailureAsync(response);
        Assert.That(body.GetProperty("error").GetProperty("param").GetString(), Is.EqualTo("grace_period_seconds"));
    }

    [Test]
    public async Task Rotation_without_a_body_means_no_grace()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();

        var response = await Admin.Http.PostAsync($"/api/v1/admin/keys/{key.Id}/rotate", content: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await ContractAssert.IsUnauthorizedAsync(await DataClient(key.Key).GetAsync(InfoPath), "AUTH_API_KEY_EXPIRED");
    }
}
