using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Admin;

public sealed class AdminAuditTests : IntegrationTest
{
    [Test]
    public async Task Every_admin_action_appears_once_newest_first()
    {
        var organizationId = await Admin.CreateOrganizationAsync();
        var projectId = await Admin.CreateProjectAsync("free", organizationId);
        var key = await Admin.CreateKeyAsync(projectId);
        Assert.That((await Admin.Http.PatchAsJsonAsync($"/api/v1/admin/projects/{projectId}", new { plan_code = "pro" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Admin.RotateAsync(key.Id, 60)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await Admin.RevokeAsync(key.Id)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Admin.Http.PutAsJsonAsync($"/api/v1/admin/projects/{projectId}/actions/team.invite", new { is_public = true, template = "{action}" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{projectId}/actions/team.invite")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await Admin.Http.DeleteAsync($"/api/v1/admin/keys/{key.Id}/logs")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{projectId}/logs?actor_id=u1")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Admin.Http.GetAsync("/api/v1/admin/projects");

        var audit = await Admin.GetJsonAsync("/api/v1/admin/audit?pageSize=100");

        var actions = audit.EnumerateArray().Select(entry => entry.GetProperty("action").GetString()).ToArray();
        Assert.That(actions, Is.EqualTo(new[]
        {
            "project.actor_erased", "key.logs_purged", "action.cleared", "action.saved", "key.revoked", "key.rotated",
            "project.plan_changed", "key.created", "project.created", "organization.created",
        }), "reads and failed requests are not recorded; each change once");
        var revoked = audit.EnumerateArray().Single(entry => entry.GetProperty("action").GetString() == "key.revoked");
        Assert.Multiple(() =>
        {
            Assert.That(revoked.GetProperty("target").GetString(), Is.EqualTo($"key:{key.Id}"));
            Assert.That(revoked.GetProperty("token_id").GetGuid(), Is.Not.EqualTo(Guid.Empty));
            Assert.That(revoked.GetProperty("time").GetString(), Does.Match(ContractAssert.TimestampPattern));
            Assert.That(revoked.TryGetProperty("client_ip", out _), Is.True);
            var planChange = audit.EnumerateArray().Single(entry => entry.GetProperty("action").GetString() == "project.plan_changed");
            Assert.That(planChange.GetProperty("details").GetProperty("plan_code").GetString(), Is.EqualTo("pro"));
        });
    }

    [Test]
    public async Task A_refused_admin_request_is_not_recorded()
    {
        var projectId = await Admin.CreateProjectAsync();
        await Admin.Http.PutAsJsonAsync($"/api/v1/admin/projects/{projectId}/actions/team.invite", new { is_public = true, template = "{broken" });
        await Admin.RevokeAsync(Guid.NewGuid());

        var audit = await Admin.GetJsonAsync("/api/v1/admin/audit");

        Assert.That(audit.EnumerateArray().Select(entry => entry.GetProperty("action").GetString()), Is.EqualTo(new[] { "project.created", "organization.created" }));
    }

    [Test]
    public async Task The_audit_trail_pages_with_a_link()
    {
        for (var index = 0; index < 11; index++)
        {
            Api.Clock.Advance(TimeSpan.FromMilliseconds(2));
            await Admin.CreateOrganizationAsync($"Org {index}");
        }

        var first = await Admin.Http.GetAsync("/api/v1/admin/audit?pageSize=10");
        var link = first.Headers.GetValues("Link").Single();
        var second = await Admin.GetJsonAsync(link[1..link.IndexOf('>')].Replace("http://localhost", ""));

        Assert.That((await ContractAssert.IsOkJsonAsync(first)).GetArrayLength(), Is.EqualTo(10));
        Assert.That(second.GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task Data_keys_cannot_read_the_audit_trail()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();

        var response = await BearerClient(key.Key).GetAsync("/api/v1/admin/audit");

        await ContractAssert.IsUnauthorizedAsync(response, "AUTH_INVALID_API_KEY");
    }
}
