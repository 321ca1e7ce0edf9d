using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Api.IntegrationTests.Operations;

/// <summary>Two real service processes on one database behave as one service.</summary>
public sealed class SeveralInstancesTests : IntegrationTest
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private readonly List<ServiceProcess> _instances = [];

    [TearDown]
    public async Task StopInstancesAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }

    [Test]
    public async Task A_keys_requests_over_both_instances_get_at_most_its_plan_rate_plus_one_slice_per_instance()
    {
        var (first, second) = await StartTwoAsync(new Dictionary<string, string>());
        var key = await Admin.CreateWorkspaceKeyAsync(planCode: "free");

        await AssertSharedBucketAsync(
            [first.CreateClient(key.Key), second.CreateClient(key.Key)],
            client => client.GetAsync("/api/v1/workspace/info"),
            perMinute: 120,
            slice: 6,
            HttpStatusCode.OK,
            "RATE_LIMIT_PLAN_EXCEEDED");
    }

    [Test]
    public async Task A_keys_validations_over_both_instances_get_at_most_the_validation_rate_plus_one_slice_per_instance()
    {
        var (first, second) = await StartTwoAsync(new Dictionary<string, string>());
        var key = await Admin.CreateWorkspaceKeyAsync(planCode: "pro");

        await AssertSharedBucketAsync(
            [first.CreateClient(key.Key), second.CreateClient(key.Key)],
            client => client.PostAsync("/api/v1/workspace/logs/validate", LogRequests.Json(LogRequests.ValidLog())),
            perMinute: 60,
            slice: 3,
            HttpStatusCode.OK,
            "RATE_LIMIT_VALIDATE_EXCEEDED");
    }

    [Test]
    public async Task Failed_authentications_from_one_address_over_both_instances_share_one_allowance()
    {
        var (first, second) = await StartTwoAsync(new Dictionary<string, string>());
        var guess = ApiKeyFormat.Generate(DeploymentEnvironment.Production, KeyType.ReadWrite);

        await AssertSharedBucketAsync(
            [first.CreateClient(guess), second.CreateClient(guess)],
            client => client.GetAsync("/api/v1/workspace/info"),
            perMinute: 30,
            slice: 1,
            HttpStatusCode.Unauthorized,
            "RATE_LIMIT_IP_EXCEEDED");
    }

    /// <summary>
    /// Sends twice a bucket's capacity and more, alternating between the instances: the answers that got through stay
    /// within the documented bound, and both instances refuse once the shared bucket is empty.
    /// </summary>
    private static async Task AssertSharedBucketAsync(
        HttpClient[] clients, Func<HttpClient, Task<HttpResponseMessage>> send, int perMinute, int slice, HttpStatusCode passed, string refusal)
    {
        var allowed = new int[clients.Length];
        var refused = new int[clients.Length];
        var started = Stopwatch.GetTimestamp();
        for (var request = 0; request < 2 * perMinute + 40; request++)
        {
            var instance = request % clients.Length;
            var response = await send(clients[instance]);
            if (response.StatusCode == passed)
            {
                allowed[instance]++;
                continue;
            }

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(refusal));
            refused[instance]++;
        }

        var refilled = (int)Math.Ceiling(Stopwatch.GetElapsedTime(started).TotalMinutes * perMinute);
        Assert.Multiple(() =>
        {
            Assert.That(allowed.Sum(), Is.LessThanOrEqualTo(perMinute + refilled + clients.Length * slice), "capacity, what came back while the test ran, one slice per instance");
            Assert.That(allowed.Sum(), Is.GreaterThanOrEqualTo(perMinute - clients.Length * slice), "the slices an instance holds are all that can be missing");
            Assert.That(allowed, Is.All.GreaterThan(0), "both instances let requests through");
            Assert.That(refused, Is.All.GreaterThan(0), "both instances refused once the shared bucket was empty");
        });
    }

    [Test]
    public async Task A_key_revoked_through_one_instance_is_refused_by_the_other()
    {
        var (first, second) = await StartTwoAsync(new Dictionary<string, string>());
        var key = await Admin.CreateWorkspaceKeyAsync();
        var onSecond = second.CreateClient(key.Key);
        Assert.That((await onSecond.GetAsync("/api/v1/workspace/info")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the key is now in the second instance's cache");
        using var adminOnFirst = new HttpClient { BaseAddress = first.BaseAddress };
        adminOnFirst.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Admin.Token);

        Assert.That((await adminOnFirst.PostAsync($"/api/v1/admin/keys/{key.Id}/revoke", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That(
            await Background.EventuallyAsync(async () => (await onSecond.GetAsync("/api/v1/workspace/info")).StatusCode == HttpStatusCode.Unauthorized, Generous),
            Is.True,
            "the second instance refuses the key (the notification arrives in well under a second; the wait is generous for a busy machine)");
    }

    [Test]
    public async Task Exactly_one_instance_runs_retention_and_partition_maintenance_and_the_other_takes_over_when_it_dies()
    {
        var (first, second) = await StartTwoAsync(new Dictionary<string, string>
        {
            ["Logtrail__Logs__MaintainPartitions"] = "true",
            ["Logtrail__Logs__EnforceRetention"] = "true",
            ["Logtrail__Instance__LeaseDuration"] = "00:00:03",
            ["Logtrail__Instance__LeaseRenewInterval"] = "00:00:00.500",
            ["Logging__LogLevel__Logtrail.Infrastructure.Background"] = "Information",
        });
        ServiceProcess? RanBoth() => new[] { first, second }.SingleOrDefault(instance => RanBothJobs(instance));

        Assert.That(await Background.EventuallyAsync(() => Task.FromResult(RanBoth() is not null), Generous), Is.True, "one instance ran both jobs");
        var holder = RanBoth()!;
        var other = holder == first ? second : first;
        Assert.That(other.HasWritten(line => line.Contains("Elected job", StringComparison.Ordinal)), Is.False, "the other ran neither");
        Assert.That(await LeaseHoldersAsync(), Has.Count.EqualTo(1), "both leases name the same instance");

        await holder.KillAsync();

        Assert.That(await Background.EventuallyAsync(() => Task.FromResult(RanBothJobs(other)), Generous), Is.True, "the survivor took both jobs over");
    }

    private static bool RanBothJobs(ServiceProcess instance) =>
        instance.HasWritten(line => line.Contains("Elected job retention ran", StringComparison.Ordinal))
        && instance.HasWritten(line => line.Contains("Elected job log-partitions ran", StringComparison.Ordinal));

    private static async Task<List<string>> LeaseHoldersAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        return (await connection.QueryAsync<string>("SELECT DISTINCT holder FROM job_leases")).ToList();
    }

    private async Task<(ServiceProcess First, ServiceProcess Second)> StartTwoAsync(Dictionary<string, string> settings)
    {
        var started = await Task.WhenAll(
            ServiceProcess.StartAsync(new Dictionary<string, string>(settings) { ["Logtrail__Instance__Id"] = "instance-a" }),
            ServiceProcess.StartAsync(new Dictionary<string, string>(settings) { ["Logtrail__Instance__Id"] = "instance-b" }));
        _instances.AddRange(started);
        return (started[0], started[1]);
    }
}
