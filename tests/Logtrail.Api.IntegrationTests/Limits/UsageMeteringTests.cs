using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Domain.Usage;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Limits;

public sealed class UsageMeteringTests : IntegrationTest
{
    [Test]
    public async Task Usage_counts_every_acknowledged_log_at_once_but_not_validation_or_replays()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = DataClient(key.Key);

        await IngestAsync(client, ValidLog());
        Assert.That(await UsedAsync(client), Is.EqualTo(1));

        await BulkAsync(client, Enumerable.Range(0, 7).Select(_ => ValidLog()));
        Assert.That(await UsedAsync(client), Is.EqualTo(8));

        var validated = await client.PostAsync($"{LogsPath}/validate", Json(Enumerable.Range(0, 5).Select(_ => ValidLog()).ToArray()));
        Assert.That(validated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await UsedAsync(client), Is.EqualTo(8));

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{LogsPath}/bulk") { Content = Json(new[] { ValidLog(), ValidLog() }) };
            request.Headers.Add("Idempotency-Key", "batch-42");
            Assert.That((int)(await client.SendAsync(request)).StatusCode, Is.EqualTo(201));
        }

        Assert.That(await UsedAsync(client), Is.EqualTo(10));
    }

    [Test]
    public async Task Info_reports_the_same_exact_usage_within_a_second()
    {
        var key = await Admin.CreateWorkspaceKeyAsync(planCode: "dev");
        var client = DataClient(key.Key);
        await BulkAsync(client, Enumerable.Range(0, 3).Select(_ => ValidLog()));

        Api.Clock.Advance(TimeSpan.FromSeconds(2));
        var usage = (await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/info"))).GetProperty("usage");

        Assert.That(usage.GetProperty("current_month_used").GetInt64(), Is.EqualTo(3));
        Assert.That(usage.GetProperty("current_month_remaining").GetInt64(), Is.EqualTo(50_000 - 3));
    }

    [Test]
    public async Task A_new_month_starts_from_zero()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = DataClient(key.Key);
        await BulkAsync(client, Enumerable.Range(0, 4).Select(_ => ValidLog()));
        var period = BillingPeriod.Containing(Api.Clock.GetUtcNow());

        Api.Clock.Advance(period.End - Api.Clock.GetUtcNow());
        var usage = await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/usage"));

        Assert.That(usage.GetProperty("used").GetInt64(), Is.Zero);
        Assert.That(usage.GetProperty("remaining").GetInt64(), Is.EqualTo(500_000));
        Assert.That(DateTimeOffset.Parse(usage.GetProperty("period_start").GetString()!), Is.EqualTo(period.End));
    }

    [Test]
    public async Task Admin_usage_splits_the_month_by_environment_and_day()
    {
        var projectId = await Admin.CreateProjectAsync("dev");
        var production = DataClient((await Admin.CreateKeyAsync(projectId, "production")).Key);
        var staging = DataClient((await Admin.CreateKeyAsync(projectId, "staging")).Key);
        var today = Api.Clock.GetUtcNow();
        var period = BillingPeriod.Containing(today);
        await BulkAsync(production, Enumerable.Range(0, 3).Select(_ => ValidLog()));
        await IngestAsync(staging, ValidLog());
        if (today.Day > 1)
        {
            await UsageCounters.SeedAsync(projectId, 5, today.AddDays(-1), "staging");
        }

        var usage = await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/usage");

        var earlier = today.Day > 1 ? 5 : 0;
        Assert.Multiple(() =>
        {
            Assert.That(usage.GetProperty("plan_code").GetString(), Is.EqualTo("dev"));
            Assert.That(usage.GetProperty("limit").GetInt64(), Is.EqualTo(50_000));
            Assert.That(usage.GetProperty("used").GetInt64(), Is.EqualTo(4 + earlier));
            Assert.That(DateTimeOffset.Parse(usage.GetProperty("period_start").GetString()!), Is.EqualTo(period.Start));
            Assert.That(DateTimeOffset.Parse(usage.GetProperty("period_end").GetString()!), Is.EqualTo(period.End));
            var environments = usage.GetProperty("environments");
            Assert.That(environments.GetProperty("production").GetInt64(), Is.EqualTo(3));
            Assert.That(environments.GetProperty("staging").GetInt64(), Is.EqualTo(1 + earlier));
            Assert.That(environments.GetProperty("development").GetInt64(), Is.Zero);
            var daily = usage.GetProperty("daily").EnumerateArray()
                .Select(day => $"{day.GetProperty("date").GetString()} {day.GetProperty("environment").GetString()} {day.GetProperty("count").GetInt64()}")
                .ToList();
            var expected = new List<string>();
            if (earlier > 0)
            {
                expected.Add($"{today.AddDays(-1):yyyy-MM-dd} staging 5");
            }

            expected.Add($"{today:yyyy-MM-dd} production 3");
            expected.Add($"{today:yyyy-MM-dd} staging 1");
            Assert.That(daily, Is.EqualTo(expected));
        });
    }

    [Test]
    public async Task Admin_usage_of_an_unknown_project_is_a_404()
    {
        var response = await Admin.Http.GetAsync($"/api/v1/admin/projects/{Guid.NewGuid()}/usage");

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND", "not_found", "invalid_request_error");
    }

    private static async Task<long> UsedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/workspace/usage")).GetProperty("used").GetInt64();
}
