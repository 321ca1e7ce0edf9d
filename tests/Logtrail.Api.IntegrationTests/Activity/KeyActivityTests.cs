using System.Net;
using System.Text.Json;
using Dapper;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Activity;

public sealed class KeyActivityTests : IntegrationTest
{
    [Test]
    public async Task Requests_made_with_a_key_are_recorded_within_two_seconds()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = DataClient(key.Key);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("billing-service/2.1");
        await BulkAsync(client, Enumerable.Range(0, 3).Select(_ => ValidLog()));
        Api.Clock.Advance(TimeSpan.FromMilliseconds(5));
        Assert.That((await client.GetAsync($"{LogsPath}/{Guid.NewGuid()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var recorded = await Background.EventuallyAsync(async () => (await ActivityAsync(key.Id)).GetProperty("events").GetArrayLength() == 2, TimeSpan.FromSeconds(15));

        Assert.That(recorded, Is.True, "key activity within 2 s (waited up to 15 s)");
        var activity = await ActivityAsync(key.Id);
        var events = activity.GetProperty("events");
        Assert.Multiple(() =>
        {
            Assert.That(events[0].GetProperty("method").GetString(), Is.EqualTo("GET"));
            Assert.That(events[0].GetProperty("route").GetString(), Is.EqualTo("/api/v1/workspace/logs/{id}"), "the route template, not the id");
            Assert.That(events[0].GetProperty("status").GetInt32(), Is.EqualTo(404));
            Assert.That(events[1].GetProperty("method").GetString(), Is.EqualTo("POST"));
            Assert.That(events[1].GetProperty("route").GetString(), Is.EqualTo("/api/v1/workspace/logs/bulk"));
            Assert.That(events[1].GetProperty("status").GetInt32(), Is.EqualTo(201));
            Assert.That(events[1].GetProperty("user_agent").GetString(), Is.EqualTo("billing-service/2.1"));
            Assert.That(events[1].GetProperty("time").GetString(), Does.Match(ContractAssert.TimestampPattern));
            var summary = activity.GetProperty("summary");
            Assert.That(summary.GetProperty("requests").GetInt64(), Is.EqualTo(2));
            Assert.That(summary.GetProperty("denied").GetInt64(), Is.Zero);
            Assert.That(summary.GetProperty("logs_ingested").GetInt64(), Is.EqualTo(3));
            Assert.That(summary.GetProperty("last_seen").GetString(), Is.EqualTo(events[0].GetProperty("time").GetString()));
        });
    }

    [Test]
    public async Task Requests_with_a_revoked_or_expired_key_are_recorded_as_denied()
    {
        var revoked = await Admin.CreateWorkspaceKeyAsync();
        var projectId = await Admin.CreateProjectAsync();
        var expiring = await Admin.CreateKeyAsync(projectId, expiresAt: Api.Clock.GetUtcNow().AddMinutes(1));
        await Admin.RevokeAsync(revoked.Id);
        Api.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.That((await DataClient(revoked.Key).GetAsync("/api/v1/workspace/info")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await DataClient(expiring.Key).GetAsync("/api/v1/workspace/info")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await DataClient("lt_production_rw_unknownkeyunknownkeyunknownkey").GetAsync("/api/v1/workspace/info");
        await Background.FlushActivityAsync();

        foreach (var keyId in new[] { revoked.Id, expiring.Id })
        {
            var activity = await ActivityAsync(keyId);
            Assert.That(activity.GetProperty("summary").GetProperty("denied").GetInt64(), Is.EqualTo(1));
            Assert.That(activity.GetProperty("events")[0].GetProperty("denied").GetBoolean(), Is.True);
            Assert.That(activity.GetProperty("events")[0].GetProperty("status").GetInt32(), Is.EqualTo(401));
        }
    }

    [Test]
    public async Task Activity_pages_newest_first_within_a_window()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = DataClient(key.Key);
        var start = Api.Clock.GetUtcNow();
        for (var request = 0; request < 13; request++)
        {
            Api.Clock.Advance(TimeSpan.FromSeconds(1));
            await client.GetAsync("/api/v1/workspace/info");
        }

        await Background.FlushActivityAsync();
        var windowStart = Uri.EscapeDataString(Logtrail.Domain.Common.Rfc3339.Format(start.AddSeconds(3)));
        var first = await Admin.Http.GetAsync($"/api/v1/admin/keys/{key.Id}/activity?pageSize=10&from={windowStart}");
        var link = first.Headers.GetValues("Link").Single();
        var second = await Admin.GetJsonAsync(link[1..link.IndexOf('>')].Replace("http://localhost", ""));
        var firstBody = await ContractAssert.IsOkJsonAsync(first);

        Assert.That(firstBody.GetProperty("summary").GetProperty("requests").GetInt64(), Is.EqualTo(11), "requests from the 3rd second on");
        Assert.That(firstBody.GetProperty("events").GetArrayLength(), Is.EqualTo(10));
        Assert.That(second.GetProperty("events").GetArrayLength(), Is.EqualTo(1));
        var times = firstBody.GetProperty("events").EnumerateArray().Concat(second.GetProperty("events").EnumerateArray())
            .Select(item => item.GetProperty("time").GetString()).ToList();
        Assert.That(times, Is.Ordered.Descending);
    }

    [Test]
    public async Task Requests_alike_within_one_second_are_one_event_with_their_count()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = DataClient(key.Key);
        for (var request = 0; request < 5; request++)
        {
            await client.GetAsync("/api/v1/workspace/info");
        }

        await client.GetAsync("/api/v1/workspace/usage");
        await Background.FlushActivityAsync();

        var activity = await ActivityAsync(key.Id);
        var byRoute = activity.GetProperty("events").EnumerateArray()
            .GroupBy(item => item.GetProperty("route").GetString()!)
            .ToDictionary(group => group.Key, group => group.Select(item => item.GetProperty("count").GetInt32()).ToList());
        Assert.Multiple(() =>
        {
            Assert.That(byRoute["/api/v1/workspace/info"].Sum(), Is.EqualTo(5));
            Assert.That(byRoute["/api/v1/workspace/info"], Has.Count.LessThanOrEqualTo(2), "one event, or two when a flush fell between the requests");
            Assert.That(byRoute["/api/v1/workspace/usage"], Is.EqualTo(new[] { 1 }));
            Assert.That(activity.GetProperty("summary").GetProperty("requests").GetInt64(), Is.EqualTo(6));
        });
    }

    [Test]
    public async Task Activity_of_an_unknown_key_is_a_404()
    {
        var response = await Admin.Http.GetAsync($"/api/v1/admin/keys/{Guid.NewGuid()}/activity");

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND", "not_found", "invalid_request_error");
    }

    [Test]
    public async Task Key_activity_is_stored_under_the_project_of_its_key()
    {
        var first = await Admin.CreateProjectAsync();
        var second = await Admin.CreateProjectAsync();
        var firstKey = await Admin.CreateKeyAsync(first);
        var secondKey = await Admin.CreateKeyAsync(second, environment: "staging");
        await DataClient(firstKey.Key).GetAsync("/api/v1/workspace/info");
        await DataClient(secondKey.Key).GetAsync("/api/v1/workspace/usage");
        await Background.FlushActivityAsync();

        var stored = await StoredActivityAsync();

        Assert.That(stored, Is.EquivalentTo(new[] { (firstKey.Id, first), (secondKey.Id, second) }));
    }

    [Test]
    public async Task Deleting_a_project_deletes_its_key_activity_and_keeps_the_others()
    {
        var doomed = await Admin.CreateProjectAsync();
        var kept = await Admin.CreateProjectAsync();
        var doomedKey = await Admin.CreateKeyAsync(doomed);
        var keptKey = await Admin.CreateKeyAsync(kept);
        await DataClient(doomedKey.Key).GetAsync("/api/v1/workspace/info");
        await DataClient(keptKey.Key).GetAsync("/api/v1/workspace/info");
        await Background.FlushActivityAsync();
        Assert.That(await StoredActivityAsync(), Has.Count.EqualTo(2));

        Assert.That((await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{doomed}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.That(await StoredActivityAsync(), Is.EqualTo(new[] { (keptKey.Id, kept) }));
    }

    [Test]
    public async Task Activity_of_a_project_deleted_before_the_flush_is_dropped_and_the_rest_is_written()
    {
        var doomed = await Admin.CreateProjectAsync();
        var kept = await Admin.CreateProjectAsync();
        var doomedKey = await Admin.CreateKeyAsync(doomed);
        var keptKey = await Admin.CreateKeyAsync(kept);
        await Background.FlushActivityAsync();
        await DataClient(doomedKey.Key).GetAsync("/api/v1/workspace/info");
        await DataClient(keptKey.Key).GetAsync("/api/v1/workspace/info");
        Assert.That((await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{doomed}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await Background.FlushActivityAsync();

        // A timer's flush may be writing at the same moment (and retry once when the deletion wins): wait for the kept row.
        Assert.That(await Background.EventuallyAsync(async () => (await StoredActivityAsync()).Count > 0, TimeSpan.FromSeconds(15)), Is.True);
        Assert.That(await StoredActivityAsync(), Is.EqualTo(new[] { (keptKey.Id, kept) }), "nothing is left of the deleted project");
        Assert.That((await ActivityAsync(keptKey.Id)).GetProperty("summary").GetProperty("requests").GetInt64(), Is.EqualTo(1));
    }

    /// <summary>The distinct (key, project) pairs stored in <c>key_activity</c>.</summary>
    private static async Task<List<(Guid KeyId, Guid ProjectId)>> StoredActivityAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        return (await connection.QueryAsync<(Guid, Guid)>("SELECT DISTINCT key_id, project_id FROM key_activity")).ToList();
    }

    private async Task<JsonElement> ActivityAsync(Guid keyId) => await Admin.GetJsonAsync($"/api/v1/admin/keys/{keyId}/activity");
}
