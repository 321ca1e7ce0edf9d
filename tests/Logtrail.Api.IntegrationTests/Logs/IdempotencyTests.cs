using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

public sealed class IdempotencyTests : IntegrationTest
{
    private const string Body = """{"action":"order.paid","level":"info","clientTimestamp":"2026-11-23T10:00:00Z"}""";

    [Test]
    public async Task A_retry_with_the_same_key_and_body_replays_the_response_and_stores_once()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var first = await SendAsync(client, LogsPath, Body, "order-1");
        var retry = await SendAsync(client, LogsPath, Body, "order-1");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        Assert.That(await retry.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(await CountStoredAsync(), Is.EqualTo(1));
        var usage = await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/usage"));
        Assert.That(usage.GetProperty("used").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_bulk_retry_replays_the_same_ids()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var first = await SendAsync(client, $"{LogsPath}/bulk", $"[{Body},{Body}]", "batch-7");
        var retry = await SendAsync(client, $"{LogsPath}/bulk", $"[{Body},{Body}]", "batch-7");

        Assert.That(await retry.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(await CountStoredAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task The_same_key_with_another_body_is_409_key_reused()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        await SendAsync(client, LogsPath, Body, "order-1");

        var response = await SendAsync(client, LogsPath, Body.Replace("order.paid", "order.refunded", StringComparison.Ordinal), "order-1");

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Conflict, "VALIDATION_INVALID_REQUEST", "idempotency_conflict", "idempotency_error");
        Assert.That(await CountStoredAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task While_the_first_request_runs_a_duplicate_is_409_in_progress()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = DataClient(key.Key);
        var info = await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/info"));
        var projectId = info.GetProperty("project").GetProperty("id").GetGuid();
        await using var holder = await TestDatabase.OpenAsync();
        await using (var take = holder.CreateCommand())
        {
            take.CommandText = "SELECT pg_advisory_lock(hashtextextended(@lockKey, 0))";
            take.Parameters.AddWithValue("lockKey", $"{projectId}:production:order-9");
            await take.ExecuteScalarAsync();
        }

        var duplicate = await SendAsync(client, LogsPath, Body, "order-9");
        await using (var release = holder.CreateCommand())
        {
            release.CommandText = "SELECT pg_advisory_unlock_all()";
            await release.ExecuteScalarAsync();
        }

        var afterwards = await SendAsync(client, LogsPath, Body, "order-9");

        await ContractAssert.IsErrorAsync(duplicate, HttpStatusCode.Conflict, "VALIDATION_INVALID_REQUEST", "idempotency_conflict", "idempotency_error");
        Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_failed_request_is_not_remembered()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var failed = await SendAsync(client, LogsPath, """{"action":"order.paid","level":"loud","clientTimestamp":"2026-11-23T10:00:00Z"}""", "order-2");
        var fixedRetry = await SendAsync(client, LogsPath, Body, "order-2");

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(fixedRetry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(fixedRetry.Headers.Contains("Idempotent-Replayed"), Is.False);
    }

    [Test]
    public async Task Keys_are_scoped_to_the_project_and_environment()
    {
        var projectId = await Admin.CreateProjectAsync();
        var production = DataClient((await Admin.CreateKeyAsync(projectId, "production")).Key);
        var staging = DataClient((await Admin.CreateKeyAsync(projectId, "staging")).Key);
        var otherProject = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        foreach (var client in new[] { production, staging, otherProject })
        {
            var response = await SendAsync(client, LogsPath, Body, "shared-key");
            Assert.That(response.Headers.Contains("Idempotent-Replayed"), Is.False);
        }

        Assert.That(await CountStoredAsync(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_key_is_forgotten_after_24_hours()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        await SendAsync(client, LogsPath, Body, "order-3");

        Api.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        var later = await SendAsync(client, LogsPath, Body.Replace("order.paid", "order.shipped", StringComparison.Ordinal), "order-3");

        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await later.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetString(), Is.EqualTo("order.shipped"));
    }

    [Test]
    public async Task A_key_longer_than_255_characters_is_400()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

        var response = await SendAsync(client, LogsPath, Body, new string('k', 256));

        var error = await ContractAssert.IsValidationFailureAsync(response);
        Assert.That(error.GetProperty("error").GetProperty("param").GetString(), Is.EqualTo("Idempotency-Key"));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }
}
