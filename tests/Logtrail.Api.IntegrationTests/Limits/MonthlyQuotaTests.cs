using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Domain.Usage;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Limits;

/// <summary>The free plan: 5,000 logs a month, 10 % grace, so at most 5,500 are accepted.</summary>
public sealed class MonthlyQuotaTests : IntegrationTest
{
    private const long Limit = 5_000;
    private const long Ceiling = 5_500;

    [Test]
    public async Task Ingestion_goes_on_through_the_grace_and_stops_at_its_end()
    {
        var (projectId, client) = await FreeWorkspaceAsync();
        await UsageCounters.SeedAsync(projectId, Ceiling - 1, Api.Clock.GetUtcNow());

        await IngestAsync(client, ValidLog());
        var refused = await client.PostAsync(LogsPath, Json(ValidLog()));

        var body = await IsQuotaExceededAsync(refused);
        Assert.That(body.GetProperty("details").GetProperty("used").GetInt64(), Is.EqualTo(Ceiling));
        Assert.That(await CountStoredAsync(), Is.EqualTo(1));
        var usage = await client.GetFromJsonAsync<JsonElement>("/api/v1/workspace/usage");
        Assert.That(usage.GetProperty("used").GetInt64(), Is.EqualTo(Ceiling));
        Assert.That(usage.GetProperty("remaining").GetInt64(), Is.Zero, "remaining is max(0, limit - used), also in the grace");
    }

    [Test]
    public async Task A_bulk_request_that_would_cross_the_line_is_refused_whole()
    {
        var (projectId, client) = await FreeWorkspaceAsync();
        await UsageCounters.SeedAsync(projectId, Ceiling - 10, Api.Clock.GetUtcNow());

        var refused = await client.PostAsync($"{LogsPath}/bulk", Json(Enumerable.Range(0, 11).Select(_ => ValidLog()).ToArray()));
        await IsQuotaExceededAsync(refused);
        Assert.That(await CountStoredAsync(), Is.Zero);

        await BulkAsync(client, Enumerable.Range(0, 10).Select(_ => ValidLog()));
        Assert.That(await CountStoredAsync(), Is.EqualTo(10));
    }

    [Test]
    public async Task Retry_after_counts_the_seconds_to_the_monthly_reset()
    {
        var (projectId, client) = await FreeWorkspaceAsync();
        await UsageCounters.SeedAsync(projectId, Ceiling, Api.Clock.GetUtcNow());
        var untilReset = BillingPeriod.Containing(Api.Clock.GetUtcNow()).End - Api.Clock.GetUtcNow();

        var refused = await client.PostAsync(LogsPath, Json(ValidLog()));

        await IsQuotaExceededAsync(refused);
        Assert.That(long.Parse(refused.Headers.GetValues("Retry-After").Single()), Is.EqualTo((long)Math.Ceiling(untilReset.TotalSeconds)).Within(1));
    }

    [Test]
    public async Task A_retry_of_a_stored_request_is_replayed_even_once_the_quota_is_spent()
    {
        var (projectId, client) = await FreeWorkspaceAsync();
        await UsageCounters.SeedAsync(projectId, Ceiling - 1, Api.Clock.GetUtcNow());
        HttpRequestMessage Attempt()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, LogsPath) { Content = Json(ValidLog()) };
            request.Headers.Add("Idempotency-Key", "lost-response");
            return request;
        }

        var first = await client.SendAsync(Attempt());
        var retry = await client.SendAsync(Attempt());

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created), await retry.Content.ReadAsStringAsync());
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        await IsQuotaExceededAsync(await client.PostAsync(LogsPath, Json(ValidLog())));
        Assert.That(await CountStoredAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Validation_and_reads_still_work_when_the_quota_is_spent()
    {
        var (projectId, client) = await FreeWorkspaceAsync();
        await UsageCounters.SeedAsync(projectId, Ceiling, Api.Clock.GetUtcNow());

        Assert.That((await client.PostAsync($"{LogsPath}/validate", Json(ValidLog()))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync(LogsPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Invalid_input_is_reported_before_the_quota()
    {
        var (projectId, client) = await FreeWorkspaceAsync();
        await UsageCounters.SeedAsync(projectId, Ceiling, Api.Clock.GetUtcNow());

        var response = await client.PostAsync(LogsPath, Json(new { level = "info" }));

        await ContractAssert.IsValidationFailureAsync(response);
    }

    [Test]
    public async Task The_quota_is_back_in_the_next_month()
    {
        var (projectId, client) = await FreeWorkspaceAsync();
        await UsageCounters.SeedAsync(projectId, Ceiling, Api.Clock.GetUtcNow());
        await IsQuotaExceededAsync(await client.PostAsync(LogsPath, Json(ValidLog())));

        Api.Clock.Advance(BillingPeriod.Containing(Api.Clock.GetUtcNow()).End - Api.Clock.GetUtcNow());

        await IngestAsync(client, ValidLog());
    }

    [Test]
    public async Task Concurrent_bulk_requests_at_the_boundary_overshoot_by_no_more_than_the_others_in_flight()
    {
        const int requests = 8;
        const int batch = 10;
        var (projectId, client) = await FreeWorkspaceAsync();
        await UsageCounters.SeedAsync(projectId, Ceiling - 50, Api.Clock.GetUtcNow());

        var responses = await Task.WhenAll(Enumerable.Range(0, requests).Select(_ =>
            client.PostAsync($"{LogsPath}/bulk", Json(Enumerable.Range(0, batch).Select(_ => ValidLog()).ToArray()))));

        var accepted = responses.Count(response => response.StatusCode == HttpStatusCode.Created);
        Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.TooManyRequests), Is.EqualTo(requests - accepted));
        var used = (await client.GetFromJsonAsync<JsonElement>("/api/v1/workspace/usage")).GetProperty("used").GetInt64();
        var stored = await CountStoredAsync();
        Assert.Multiple(() =>
        {
            Assert.That(accepted, Is.GreaterThanOrEqualTo(5), "every batch that fits under the ceiling on its own is accepted");
            Assert.That(used, Is.EqualTo(Ceiling - 50 + accepted * batch));
            Assert.That(stored, Is.EqualTo(accepted * batch));
            Assert.That(used, Is.LessThanOrEqualTo(Ceiling + (requests - 1) * batch), "the documented bound: the other requests in flight");
        });
    }

    private async Task<(Guid ProjectId, HttpClient Client)> FreeWorkspaceAsync()
    {
        var projectId = await Admin.CreateProjectAsync("free");
        var key = await Admin.CreateKeyAsync(projectId);
        return (projectId, DataClient(key.Key));
    }

    private static async Task<JsonElement> IsQuotaExceededAsync(HttpResponseMessage response)
    {
        var body = await ContractAssert.IsErrorAsync(
            response, HttpStatusCode.TooManyRequests, "QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED", "monthly_log_limit_exceeded", "rate_limit_error");
        Assert.That(long.Parse(response.Headers.GetValues("Retry-After").Single()), Is.Positive);
        Assert.That(body.GetProperty("details").GetProperty("limit").GetInt64(), Is.EqualTo(Limit));
        return body;
    }
}
