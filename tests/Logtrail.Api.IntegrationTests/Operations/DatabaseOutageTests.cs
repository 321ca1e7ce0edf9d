using System.Net;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs.Tail;
using Microsoft.Extensions.DependencyInjection;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Operations;

/// <summary>
/// The database goes away under a running instance (a relay in front of it is cut) and comes back: what needs it is
/// answered 503 with Retry-After, what does not keeps answering, the outage is logged once at each end, and the
/// instance recovers by itself.
/// </summary>
public sealed class DatabaseOutageTests : IntegrationTest
{
    private DatabaseProxy _proxy = null!;
    private LogtrailApiFactory _instance = null!;

    [SetUp]
    public async Task StartInstanceBehindRelayAsync()
    {
        _proxy = new DatabaseProxy();
        _instance = new LogtrailApiFactory(connectionString: _proxy.ConnectionString);
        _ = _instance.Server;
        await _instance.WaitForKeyCacheAsync();
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _instance.DisposeAsync();
        await _proxy.DisposeAsync();
    }

    [Test]
    public async Task An_outage_is_answered_503_with_retry_after_and_the_instance_recovers_by_itself()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = DataClient(key.Key, _instance);
        await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/info"));

        _proxy.Cut();
        var responses = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            responses.Add(await client.GetAsync(LogsPath));
        }

        var validated = await client.PostAsync($"{LogsPath}/validate", Json(ValidLog()));
        var info = await client.GetAsync("/api/v1/workspace/info");
        var ready = await _instance.CreateClient().GetAsync("/health/ready");

        foreach (var response in responses)
        {
            await ContractAssert.IsErrorWithReasonAsync(
                response, HttpStatusCode.ServiceUnavailable, "INTERNAL_LOG_SERVICE_ERROR", "service_unavailable", "api_error", "database_unavailable");
            Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        }

        Assert.That((await ContractAssert.IsOkJsonAsync(validated)).GetProperty("valid").GetBoolean(), Is.True, "validation needs no database");
        await ContractAssert.IsOkJsonAsync(info);
        await ContractAssert.IsErrorAsync(ready, HttpStatusCode.ServiceUnavailable, "INTERNAL_LOG_SERVICE_ERROR", "service_unavailable", "api_error");
        Assert.That(_instance.Logs.Entries.Count(entry => entry.Contains("Database unavailable", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(
            _instance.Logs.Entries.Where(entry => entry.Contains("   at ", StringComparison.Ordinal)
                                                  && (entry.Contains(" Logtrail.Api.", StringComparison.Ordinal) || entry.Contains("UnhandledExceptionBehaviour", StringComparison.Ordinal))),
            Is.Empty,
            "no stack trace per request");

        _proxy.Restore();
        var recovered = await Background.EventuallyAsync(
            async () => (await client.GetAsync(LogsPath)).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));

        Assert.That(recovered, Is.True, "the instance answers again once the database is back");
        Assert.That(
            await Background.EventuallyAsync(
                () => Task.FromResult(_instance.Logs.Entries.Any(entry => entry.Contains("Database available again", StringComparison.Ordinal))),
                TimeSpan.FromSeconds(30)),
            Is.True);
    }

    [Test]
    public async Task The_tail_listener_logs_one_line_when_its_connection_drops_and_one_when_it_is_back_without_a_stack_trace()
    {
        await _instance.WaitForTailFeedAsync();
        var feed = _instance.Services.GetRequiredService<LogCommitFeed>();

        _proxy.Cut();
        var lost = await Background.EventuallyAsync(() => Task.FromResult(!feed.IsListening), TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1)); // several reconnection attempts fail meanwhile
        _proxy.Restore();
        await _instance.WaitForTailFeedAsync();

        var lines = _instance.Logs.Entries.Where(entry => entry.Contains(typeof(LogCommitFeed).FullName!, StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lost, Is.True, "the listener noticed the cut");
            Assert.That(lines.Count(line => line.Contains("Log commit listener lost its connection", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(lines.Count(line => line.Contains("Log commit listener reconnected", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(lines, Has.None.Contains("   at "), "no stack trace");
        });
    }
}
