using System.Net;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Domain.Keys;

namespace Logtrail.Api.IntegrationTests.Limits;

/// <summary>30 failed authentications per client address and minute, then 429 — for failures only.</summary>
public sealed class FailedAuthenticationThrottleTests : IntegrationTest
{
    private const int Allowance = 30;

    [Test]
    public async Task Guessing_keys_from_one_address_is_throttled_after_thirty_failures()
    {
        var guesser = DataClient(ApiKeyFormat.Generate(Domain.Tenancy.DeploymentEnvironment.Production, KeyType.ReadWrite));

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < Allowance; attempt++)
        {
            statuses.Add((await guesser.GetAsync("/api/v1/workspace/info")).StatusCode);
        }

        var throttled = await guesser.GetAsync("/api/v1/workspace/info");

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        await ContractAssert.IsErrorAsync(throttled, HttpStatusCode.TooManyRequests, "RATE_LIMIT_IP_EXCEEDED", "rate_limit_exceeded", "rate_limit_error");
        Assert.That(int.Parse(throttled.Headers.GetValues("Retry-After").Single()), Is.InRange(1, 2));
    }

    [Test]
    public async Task A_valid_key_from_a_throttled_address_keeps_working()
    {
        var valid = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        await FailUntilThrottledAsync(AnonymousClient());

        var response = await valid.GetAsync("/api/v1/workspace/info");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Failed_admin_tokens_count_against_the_same_address()
    {
        await FailUntilThrottledAsync(BearerClient("lt_admin_not-a-real-token"));

        var response = await DataClient("lt_production_rw_nonsense").GetAsync("/api/v1/workspace/info");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await Admin.Http.GetAsync("/api/v1/admin/organizations")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task FailUntilThrottledAsync(HttpClient client)
    {
        var path = client.DefaultRequestHeaders.Authorization is null ? "/api/v1/workspace/info" : "/api/v1/admin/organizations";
        for (var attempt = 0; attempt <= Allowance + 2; attempt++)
        {
            if ((await client.GetAsync(path)).StatusCode == HttpStatusCode.TooManyRequests)
            {
                return;
            }
        }

        Assert.Fail("Failed authentications were never throttled.");
    }
}
