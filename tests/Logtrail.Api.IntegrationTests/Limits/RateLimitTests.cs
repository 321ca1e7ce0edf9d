using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Limits;

/// <summary>Token bucket per key: the free plan's bucket holds 120 tokens and refills at two per second.</summary>
public sealed class RateLimitTests : IntegrationTest
{
    private const int FreeRequestsPerMinute = 120;

    [Test]
    public async Task Every_authenticated_data_response_carries_the_buckets_state()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);
        var now = Api.Clock.GetUtcNow().ToUnixTimeSeconds();

        var first = await client.GetAsync("/api/v1/workspace/info");
        var second = await client.GetAsync($"{LogsPath}/{Guid.NewGuid()}");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.Multiple(() =>
        {
            Assert.That(Header(first, "X-RateLimit-Limit"), Is.EqualTo("120"));
            Assert.That(Header(first, "X-RateLimit-Remaining"), Is.EqualTo("119"));
            Assert.That(long.Parse(Header(first, "X-RateLimit-Reset")), Is.InRange(now + 1, now + 2));
            Assert.That(Header(first, "RateLimit-Policy"), Is.EqualTo("\"plan\";q=120;w=60"));
            Assert.That(Header(first, "RateLimit"), Is.EqualTo("\"plan\";r=119;t=1"));
            Assert.That(Header(second, "X-RateLimit-Remaining"), Is.EqualTo("118"), "error responses carry the headers too");
            Assert.That(Header(second, "RateLimit"), Is.EqualTo("\"plan\";r=118;t=1"));
        });
    }

    [Test]
    public async Task An_empty_bucket_answers_429_with_retry_after_and_stores_nothing()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);

        var (allowed, refused) = await ExhaustAsync(() => client.PostAsync(LogsPath, Json(ValidLog())), FreeRequestsPerMinute);

        await ContractAssert.IsErrorAsync(refused, HttpStatusCode.TooManyRequests, "RATE_LIMIT_PLAN_EXCEEDED", "rate_limit_exceeded", "rate_limit_error");
        var stored = await CountStoredAsync();
        Assert.Multiple(() =>
        {
            Assert.That(Header(refused, "Retry-After"), Is.EqualTo("1"));
            Assert.That(Header(refused, "X-RateLimit-Remaining"), Is.EqualTo("0"));
            Assert.That(Header(refused, "X-RateLimit-Limit"), Is.EqualTo("120"));
            Assert.That(stored, Is.EqualTo(allowed), "only the allowed requests stored a log");
        });
    }

    [Test]
    public async Task The_rate_limit_answers_before_anything_about_the_body()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);

        var (_, refused) = await ExhaustAsync(() => client.PostAsync(LogsPath, Json("{}", "text/plain")), FreeRequestsPerMinute);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Authentication_answers_before_the_rate_limit()
    {
        var key = await Admin.CreateWorkspaceKeyAsync(planCode: "free");
        await SpendAsync(DataClient(key.Key));
        await Admin.RevokeAsync(key.Id);

        var response = await DataClient(key.Key).GetAsync("/api/v1/workspace/info");

        await ContractAssert.IsUnauthorizedAsync(response, "AUTH_INVALID_API_KEY");
    }

    [Test]
    public async Task Each_key_has_its_own_bucket()
    {
        var projectId = await Admin.CreateProjectAsync("free");
        var spent = DataClient((await Admin.CreateKeyAsync(projectId)).Key);
        var other = DataClient((await Admin.CreateKeyAsync(projectId)).Key);
        await SpendAsync(spent);

        var response = await other.GetAsync("/api/v1/workspace/info");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Header(response, "X-RateLimit-Remaining"), Is.EqualTo("119"));
    }

    [Test]
    public async Task The_bucket_refills_at_the_plans_rate()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);
        await SpendAsync(client);

        await Task.Delay(TimeSpan.FromSeconds(1.2));

        var response = await client.GetAsync("/api/v1/workspace/info");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "two tokens a second come back");
    }

    [Test]
    public async Task A_plan_change_takes_effect_on_the_next_request()
    {
        var projectId = await Admin.CreateProjectAsync("free");
        var client = DataClient((await Admin.CreateKeyAsync(projectId)).Key);
        await SpendAsync(client);

        var changed = await Admin.Http.PatchAsJsonAsync($"/api/v1/admin/projects/{projectId}", new { plan_code = "pro" });
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var response = await client.GetAsync("/api/v1/workspace/info");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Header(response, "X-RateLimit-Limit"), Is.EqualTo("1000"));
        Assert.That(Header(response, "X-RateLimit-Remaining"), Is.EqualTo("999"));
    }

    [Test]
    public async Task Validation_has_its_own_per_key_limit()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "pro")).Key);

        var (_, refused) = await ExhaustAsync(() => client.PostAsync($"{LogsPath}/validate", Json(ValidLog())), 60);
        var ingested = await client.PostAsync(LogsPath, Json(ValidLog()));

        await ContractAssert.IsErrorAsync(refused, HttpStatusCode.TooManyRequests, "RATE_LIMIT_VALIDATE_EXCEEDED", "rate_limit_exceeded", "rate_limit_error");
        Assert.Multiple(() =>
        {
            Assert.That(Header(refused, "Retry-After"), Is.EqualTo("1"));
            Assert.That(Header(refused, "X-RateLimit-Limit"), Is.EqualTo("60"));
            Assert.That(Header(refused, "X-RateLimit-Remaining"), Is.EqualTo("0"));
            Assert.That(Header(refused, "RateLimit-Policy"), Is.EqualTo("\"validate\";q=60;w=60"));
            Assert.That(ingested.StatusCode, Is.EqualTo(HttpStatusCode.Created), "other endpoints are not held back");
            Assert.That(Header(ingested, "X-RateLimit-Limit"), Is.EqualTo("1000"));
        });
    }

    [Test]
    public async Task The_admin_api_carries_no_rate_limit_headers()
    {
        var response = await Admin.Http.GetAsync("/api/v1/admin/organizations");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.Contains("X-RateLimit-Limit"), Is.False);
    }

    /// <summary>Empties a free key's bucket with <c>GET /info</c>.</summary>
    private static Task SpendAsync(HttpClient client) => ExhaustAsync(() => client.GetAsync("/api/v1/workspace/info"), FreeRequestsPerMinute);

    /// <summary>
    /// Repeats <paramref name="send"/> until it is refused with 429, asserting that the bucket let through its
    /// capacity plus at most the tokens that came back while the loop ran (the bucket refills continuously).
    /// </summary>
    private static async Task<(int Allowed, HttpResponseMessage Refused)> ExhaustAsync(Func<Task<HttpResponseMessage>> send, int capacity)
    {
        var started = Stopwatch.GetTimestamp();
        var refilledAtMost = () => capacity + 1 + (int)Math.Ceiling(Stopwatch.GetElapsedTime(started).TotalMinutes * capacity);
        for (var allowed = 0; allowed <= refilledAtMost(); allowed++)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.That(allowed, Is.InRange(capacity, refilledAtMost()), "requests let through before the first 429");
                return (allowed, response);
            }
        }

        Assert.Fail($"No 429 after {refilledAtMost()} requests.");
        throw new InvalidOperationException();
    }

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();
}
