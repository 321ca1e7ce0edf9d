using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Activity;

public sealed class ActivityFeedTests : WorkspaceTest
{
    private const string ActivityPath = "/api/v1/workspace/activity";

    [Test]
    public async Task A_public_actions_logs_appear_rendered_and_other_actions_do_not()
    {
        await SaveActionAsync("team.invite", isPublic: true, template: "{actor.name} invited {target.name|\"someone\"}");
        var invite = await IngestAsync(Production, Log("team.invite", actor: new { id = "u1", name = "Ann", type = "user" }, target: new { id = "u2", name = "Bob" }));
        await IngestAsync(Production, Log("billing.charge", actor: new { id = "u1", name = "Ann" }));

        var feed = await FeedAsync();

        Assert.That(feed.GetArrayLength(), Is.EqualTo(1));
        var item = feed[0];
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("id").GetGuid(), Is.EqualTo(invite));
            Assert.That(item.GetProperty("action").GetString(), Is.EqualTo("team.invite"));
            Assert.That(item.GetProperty("text").GetString(), Is.EqualTo("Ann invited Bob"));
            Assert.That(item.GetProperty("actor").GetProperty("id").GetString(), Is.EqualTo("u1"));
            Assert.That(item.GetProperty("actor").GetProperty("name").GetString(), Is.EqualTo("Ann"));
            Assert.That(item.GetProperty("actor").GetProperty("type").GetString(), Is.EqualTo("user"));
            Assert.That(item.GetProperty("target").GetProperty("type").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(item.GetProperty("client_timestamp").GetString(), Does.Match(ContractAssert.TimestampPattern));
            Assert.That(item.GetProperty("server_timestamp").GetString(), Does.Match(ContractAssert.TimestampPattern));
        });
    }

    [Test]
    public async Task The_logs_own_flag_overrides_the_catalog_either_way()
    {
        await SaveActionAsync("team.invite", isPublic: true);
        await IngestAsync(Production, Log("team.invite", isPublic: false));
        var flagged = await IngestAsync(Production, Log("report.exported", actor: new { id = "u9", name = "Zed" }, isPublic: true));

        var feed = await FeedAsync();

        Assert.That(Ids(feed), Is.EqualTo(new[] { flagged }));
        Assert.That(feed[0].GetProperty("text").GetString(), Is.EqualTo("Zed performed report.exported"), "no template: the default one");
    }

    [Test]
    public async Task No_metadata_or_context_value_ever_leaves_through_the_feed()
    {
        await SaveActionAsync("team.invite", isPublic: true, template: "{actor.name} invited {target.name}");
        await IngestAsync(Production, Log(
            "team.invite",
            actor: new { id = "u1", name = "Ann", email = "ann-private@example.com" },
            target: new { id = "u2", name = "Bob", phone = "+1-555-0100" },
            metadata: new { secret_token = "meta-secret-value-1", amount = 987654.321 },
            context: new { ip = "203.0.113.77", session = "ctx-session-value-2" }));

        var response = await Production.GetAsync(ActivityPath);
        var raw = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(raw, Does.Contain("Ann invited Bob"));
        foreach (var hidden in new[] { "meta-secret-value-1", "987654", "203.0.113.77", "ctx-session-value-2", "ann-private@example.com", "555-0100", "secret_token", "metadata", "context" })
        {
            Assert.That(raw, Does.Not.Contain(hidden));
        }
    }

    [Test]
    public async Task Html_in_values_comes_back_as_the_same_plain_text()
    {
        await SaveActionAsync("profile.renamed", isPublic: true, template: "{actor.name} renamed the profile");
        await IngestAsync(Production, Log("profile.renamed", actor: new { id = "u3", name = "<img src=x onerror=alert(1)>" }));

        var feed = await FeedAsync();

        Assert.That(feed[0].GetProperty("text").GetString(), Is.EqualTo("<img src=x onerror=alert(1)> renamed the profile"));
    }

    [Test]
    public async Task A_feed_narrows_to_one_actor_one_target_or_one_action()
    {
        await SaveActionAsync("team.invite", isPublic: true);
        await SaveActionAsync("team.leave", isPublic: true);
        var annInvites = await IngestAsync(Production, Log("team.invite", actor: new { id = "ann" }, target: new { id = "bob" }));
        var bobLeaves = await IngestAsync(Production, Log("team.leave", actor: new { id = "bob" }));
        var numeric = await IngestAsync(Production, Log("team.invite", actor: new { id = 42 }, target: new { id = "ann" }));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(Ids(await FeedAsync("?actor_id=ann")), Is.EqualTo(new[] { annInvites }));
            Assert.That(Ids(await FeedAsync("?target_id=bob")), Is.EqualTo(new[] { annInvites }));
            Assert.That(Ids(await FeedAsync("?action=team.leave")), Is.EqualTo(new[] { bobLeaves }));
            Assert.That(Ids(await FeedAsync("?actor_id=42")), Is.EqualTo(new[] { numeric }), "a numeric id matches its text");
            Assert.That(Ids(await FeedAsync("?actor_id=nobody")), Is.Empty);
        });
    }

    [Test]
    public async Task Pages_follow_the_link_newest_first()
    {
        await SaveActionAsync("team.invite", isPublic: true);
        var ids = new List<Guid>();
        for (var index = 0; index < 12; index++)
        {
            Api.Clock.Advance(TimeSpan.FromMilliseconds(3));
            ids.Add(await IngestAsync(Production, Log("team.invite", actor: new { id = "ann" })));
        }

        var first = await Production.GetAsync($"{ActivityPath}?actor_id=ann&pageSize=10");
        var next = first.Headers.GetValues("Link").Single();
        var secondUrl = next[1..next.IndexOf('>')];
        var second = await ContractAssert.IsOkJsonAsync(await Production.GetAsync(secondUrl));

        ids.Reverse();
        Assert.That(Ids(await ContractAssert.IsOkJsonAsync(first)).Concat(Ids(second)), Is.EqualTo(ids));
        Assert.That(secondUrl, Does.Contain("actor_id=ann"));
    }

    [Test]
    public async Task The_feed_stays_inside_the_keys_environment()
    {
        await SaveActionAsync("team.invite", isPublic: true);
        var staging = DataClient((await Admin.CreateKeyAsync(ProjectId, "staging")).Key);
        await IngestAsync(staging, Log("team.invite"));

        Assert.That((await FeedAsync()).GetArrayLength(), Is.Zero);
        Assert.That((await ContractAssert.IsOkJsonAsync(await staging.GetAsync(ActivityPath))).GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_write_only_key_may_not_read_the_feed()
    {
        var writer = DataClient((await Admin.CreateKeyAsync(ProjectId, type: "wo")).Key);

        var response = await writer.GetAsync(ActivityPath);

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "forbidden", "permission_error");
    }

    [Test]
    public async Task Bad_parameters_are_a_400()
    {
        var response = await Production.GetAsync($"{ActivityPath}?pageSize=1000&from=yesterday");

        await ContractAssert.IsValidationFailureAsync(response);
    }

    private async Task SaveActionAsync(string action, bool isPublic, string? template = null)
    {
        var response = await Admin.Http.PutAsJsonAsync(
            $"/api/v1/admin/projects/{ProjectId}/actions/{action}", new { is_public = isPublic, template });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> FeedAsync(string query = "") =>
        await ContractAssert.IsOkJsonAsync(await Production.GetAsync(ActivityPath + query));

    private static Guid[] Ids(JsonElement feed) => feed.EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).ToArray();

    private static object Log(string action, object? actor = null, object? target = null, object? metadata = null, object? context = null, bool? isPublic = null) =>
        new Dictionary<string, object?>
        {
            ["action"] = action,
            ["level"] = "info",
            ["clientTimestamp"] = "2026-11-23T10:00:00Z",
            ["actor"] = actor,
            ["target"] = target,
            ["metadata"] = metadata,
            ["context"] = context,
            ["is_public"] = isPublic,
        }.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value);
}
