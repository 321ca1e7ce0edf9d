using System.Net;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Client;
using Microsoft.Extensions.Time.Testing;

namespace Logtrail.Api.IntegrationTests.Client;

/// <summary>Retries, pacing and idempotency, through a fault-injecting handler under the client's resilience pipeline.</summary>
public sealed class ClientResilienceTests : ClientTest
{
    [TestCase(Fault.PlanRateLimited)]
    [TestCase(Fault.Unavailable)]
    [TestCase(Fault.ConnectionReset)]
    [TestCase(Fault.ResponseLost)]
    [TestCase(Fault.RequestInProgress)]
    public async Task A_retryable_failure_is_retried_with_the_same_idempotency_key_and_stored_once(Fault fault)
    {
        Faults.Plan = request => request == 1 ? fault : Fault.None;

        var stored = await Client.IngestAsync(Login(sequence: 7));

        Assert.That(Faults.Requests, Is.EqualTo(2));
        Assert.That(await StoredAsync(), Is.EqualTo((1L, 1L)));
        Assert.That((await Client.GetLogAsync(stored.Id)).Metadata!["seq"]!.GetValue<int>(), Is.EqualTo(7));
        var keys = Faults.ForwardedRequests.Where(request => request.Path.EndsWith("/logs", StringComparison.Ordinal)).Select(request => request.IdempotencyKey).Distinct();
        Assert.That(keys.Count(), Is.EqualTo(1), "one Idempotency-Key across the retries");
    }

    [TestCase(Fault.QuotaExceeded, "QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED")]
    [TestCase(Fault.IpRateLimited, "RATE_LIMIT_IP_EXCEEDED")]
    public async Task Quota_and_failed_authentication_limits_are_never_retried(Fault fault, string errorCode)
    {
        Faults.Plan = _ => fault;

        var error = Assert.ThrowsAsync<LogtrailApiException>(() => Client.IngestAsync(Login()))!;

        Assert.That(error.ErrorCode, Is.EqualTo(errorCode));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(error.RetryAfter, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(Faults.Requests, Is.EqualTo(1));
        Assert.That(await StoredAsync(), Is.EqualTo((0L, 0L)));
    }

    [Test]
    public void Retries_end_after_the_configured_attempts_with_the_last_answer()
    {
        Faults.Plan = _ => Fault.Unavailable;
        var services = ServicesFor(Key.Key, services => services.Configure<LogtrailClientOptions>(options => options.MaxRetryAttempts = 2));
        services.Faults.Plan = _ => Fault.Unavailable;

        var error = Assert.ThrowsAsync<LogtrailApiException>(() => services.Client.GetInfoAsync())!;

        Assert.That(error.ErrorCode, Is.EqualTo("INTERNAL_LOG_SERVICE_ERROR"));
        Assert.That(services.Faults.Requests, Is.EqualTo(3));
    }

    [Test]
    public async Task After_the_bucket_ran_empty_nothing_is_sent_before_its_reset()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = ServicesFor(Key.Key, services => services.AddSingleton<TimeProvider>(clock));
        services.Faults.Plan = request => request == 1 ? Fault.PlanRateLimited : Fault.None;
        services.Faults.RateLimitReset = TimeSpan.FromSeconds(10);
        var first = services.Client.GetInfoAsync();
        await WaitUntilAsync(() => services.Faults.Requests == 1);

        // The 429's Retry-After (1 s) has passed on either clock; the bucket's reset (10 s) has not.
        clock.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.That(services.Faults.Requests, Is.EqualTo(1), "the retry waits for the bucket's reset");

        clock.Advance(TimeSpan.FromSeconds(11));
        await first;
        Assert.That(services.Faults.Requests, Is.EqualTo(2));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 600 && !condition(); attempt++)
        {
            await Task.Delay(25);
        }

        Assert.That(condition(), Is.True);
    }
}
