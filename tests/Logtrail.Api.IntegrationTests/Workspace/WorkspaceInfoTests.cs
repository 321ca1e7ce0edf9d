using System.Net;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Workspace;

public sealed class WorkspaceInfoTests : IntegrationTest
{
    [Test]
    public async Task Info_describes_the_keys_organization_project_scopes_plan_usage_and_ingestion()
    {
        var organizationId = await Admin.CreateOrganizationAsync("Acme");
        var projectId = await Admin.CreateProjectAsync("free", organizationId);
        var key = await Admin.CreateKeyAsync(projectId, "staging", "rw");

        var info = await ContractAssert.IsOkJsonAsync(await DataClient(key.Key).GetAsync("/api/v1/workspace/info"));

        Assert.Multiple(() =>
        {
            Assert.That(info.GetProperty("organization").GetProperty("id").GetGuid(), Is.EqualTo(organizationId));
            Assert.That(info.GetProperty("organization").GetProperty("name").GetString(), Is.EqualTo("Acme"));
            Assert.That(info.GetProperty("project").GetProperty("id").GetGuid(), Is.EqualTo(projectId));
            var apiKey = info.GetProperty("api_key");
            Assert.That(apiKey.GetProperty("id").GetGuid(), Is.EqualTo(key.Id));
            Assert.That(Strings(apiKey.GetProperty("scopes")), Is.EqualTo(new[] { "logs:read", "logs:write" }));
            Assert.That(Strings(apiKey.GetProperty("environment_scopes")), Is.EqualTo(new[] { "staging" }));
            var plan = info.GetProperty("plan");
            Assert.That(plan.GetProperty("code").GetString(), Is.EqualTo("free"));
            Assert.That(plan.GetProperty("logs_per_month").GetInt64(), Is.EqualTo(5_000));
            Assert.That(plan.GetProperty("log_retention_days").GetInt32(), Is.EqualTo(21));
            Assert.That(plan.GetProperty("max_batch_size").GetInt32(), Is.EqualTo(50));
            Assert.That(plan.GetProperty("max_log_size").GetInt32(), Is.EqualTo(700));
            var usage = info.GetProperty("usage");
            Assert.That(usage.GetProperty("current_month_used").GetInt64(), Is.Zero);
            Assert.That(usage.GetProperty("current_month_limit").GetInt64(), Is.EqualTo(5_000));
            Assert.That(usage.GetProperty("current_month_remaining").GetInt64(), Is.EqualTo(5_000));
            Assert.That(usage.GetProperty("period_start").GetString(), Does.Match(@"^\d{4}-\d{2}-01T00:00:00\.000000Z$"));
            Assert.That(usage.GetProperty("resets_at").GetString(), Is.EqualTo(usage.GetProperty("period_end").GetString()));
            var ingestion = info.GetProperty("ingestion");
            Assert.That(Strings(ingestion.GetProperty("allowed_environments")), Is.EqualTo(new[] { "staging" }));
            Assert.That(ingestion.GetProperty("default_environment").GetString(), Is.EqualTo("staging"));
        });
    }

    [TestCase("ro", new[] { "logs:read" })]
    [TestCase("wo", new[] { "logs:write" })]
    public async Task Any_valid_key_may_read_info_and_sees_its_own_scopes(string type, string[] scopes)
    {
        var key = await Admin.CreateWorkspaceKeyAsync(type: type);

        var info = await ContractAssert.IsOkJsonAsync(await DataClient(key.Key).GetAsync("/api/v1/workspace/info"));

        Assert.That(Strings(info.GetProperty("api_key").GetProperty("scopes")), Is.EqualTo(scopes));
    }

    [Test]
    public async Task On_an_unlimited_plan_the_integer_limits_are_omitted_and_unlimited_says_so()
    {
        var projectId = await Admin.CreateProjectAsync("enterprise");
        var key = await Admin.CreateKeyAsync(projectId, "production", "rw");

        var info = await ContractAssert.IsOkJsonAsync(await DataClient(key.Key).GetAsync("/api/v1/workspace/info"));
        var usage = await ContractAssert.IsOkJsonAsync(await DataClient(key.Key).GetAsync("/api/v1/workspace/usage"));
        var adminUsage = await ContractAssert.IsOkJsonAsync(await Admin.Http.GetAsync($"/api/v1/admin/projects/{projectId}/usage"));

        Assert.Multiple(() =>
        {
            Assert.That(info.GetProperty("usage").TryGetProperty("current_month_limit", out _), Is.False);
            Assert.That(info.GetProperty("usage").TryGetProperty("current_month_remaining", out _), Is.False);
            Assert.That(info.GetProperty("plan").TryGetProperty("logs_per_month", out _), Is.False);
            Assert.That(info.GetProperty("plan").GetProperty("unlimited").GetBoolean(), Is.True);
            Assert.That(usage.TryGetProperty("limit", out _), Is.False);
            Assert.That(usage.TryGetProperty("remaining", out _), Is.False);
            Assert.That(usage.GetProperty("unlimited").GetBoolean(), Is.True);
            Assert.That(adminUsage.TryGetProperty("limit", out _), Is.False);
            Assert.That(adminUsage.GetProperty("unlimited").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task Usage_reports_the_current_month_against_the_plan()
    {
        var key = await Admin.CreateWorkspaceKeyAsync(type: "ro", planCode: "dev");

        var response = await DataClient(key.Key).GetAsync("/api/v1/workspace/usage");

        var usage = await ContractAssert.IsOkJsonAsync(response);
        Assert.That(usage.EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(new[] { "unlimited", "used", "limit", "remaining", "period_start", "period_end", "resets_at", "plan_code" }));
        Assert.That(usage.GetProperty("unlimited").GetBoolean(), Is.False);
        Assert.That(usage.GetProperty("plan_code").GetString(), Is.EqualTo("dev"));
        Assert.That(usage.GetProperty("limit").GetInt64(), Is.EqualTo(50_000));
        Assert.That(usage.GetProperty("used").GetInt64(), Is.Zero);
        Assert.That(usage.GetProperty("period_end").GetString(), Does.Match(ContractAssert.TimestampPattern));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
