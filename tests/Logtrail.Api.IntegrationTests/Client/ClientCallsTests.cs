using System.Net;
using System.Net.Http.Json;
using Logtrail.Client;

namespace Logtrail.Api.IntegrationTests.Client;

/// <summary>Every call of the .NET client against the real service.</summary>
public sealed class ClientCallsTests : ClientTest
{
    [Test]
    public async Task Ingest_stores_one_log_and_GetLog_reads_it_back()
    {
        var stored = await Client.IngestAsync(Login("u7"));

        var read = await Client.GetLogAsync(stored.Id);

        Assert.Multiple(() =>
        {
            Assert.That(read.Id, Is.EqualTo(stored.Id));
            Assert.That(read.Action, Is.EqualTo("user.login"));
            Assert.That(read.Level, Is.EqualTo(LogtrailLevel.Info));
            Assert.That(read.Environment, Is.EqualTo("production"));
            Assert.That(read.Actor!["id"]!.GetValue<string>(), Is.EqualTo("u7"));
            Assert.That(read.ApiKeyId, Is.EqualTo(Key.Id));
            Assert.That(Client.Environment, Is.EqualTo("production"));
        });
    }

    [Test]
    public async Task A_batch_is_stored_with_ids_and_an_idempotency_key()
    {
        var logs = Enumerable.Range(0, 200).Select(sequence => Login(sequence: sequence)).ToList();

        var result = await Client.IngestBatchAsync(logs);

        Assert.That(result.Ingested, Is.EqualTo(200));
        Assert.That(result.Ids, Has.Count.EqualTo(200).And.Unique);
        Assert.That(await StoredAsync(), Is.EqualTo((200L, 200L)));
        Assert.That(Faults.ForwardedRequests.Single().IdempotencyKey, Is.Not.Null.And.Not.Empty, "every ingest carries an Idempotency-Key");
    }

    [Test]
    public async Task Large_batches_travel_gzipped_above_a_set_threshold_and_plain_to_a_loopback_address_by_default()
    {
        var gzipping = ServicesFor(Key.Key, services => services.Configure<LogtrailClientOptions>(options => options.GzipThresholdBytes = 1024));

        await gzipping.Client.IngestBatchAsync(Enumerable.Range(0, 200).Select(sequence => Login(sequence: sequence)));
        await Client.IngestBatchAsync(Enumerable.Range(200, 200).Select(sequence => Login(sequence: sequence)));

        Assert.That(gzipping.Faults.ForwardedRequests.Single().ContentEncoding, Is.EqualTo("gzip"));
        Assert.That(Faults.ForwardedRequests.Single().ContentEncoding, Is.Null, "the test service's address is a loopback one");
        Assert.That(await StoredAsync(), Is.EqualTo((400L, 400L)), "both bodies read the same way");
    }

    [Test]
    public async Task Listing_pages_through_a_few_hundred_logs_newest_first_without_gaps_or_repeats()
    {
        await Client.IngestBatchAsync(Enumerable.Range(0, 150).Select(sequence => Login(sequence: sequence)));
        await Client.IngestBatchAsync(Enumerable.Range(150, 150).Select(sequence => Login(sequence: sequence)));

        var listed = new List<LogEntry>();
        await foreach (var entry in Client.ListLogsAsync(new LogListFilter { PageSize = 40, Action = "user.login", Levels = [LogtrailLevel.Info] }))
        {
            listed.Add(entry);
        }

        Assert.That(listed, Has.Count.EqualTo(300));
        Assert.That(listed.Select(entry => entry.Id).Distinct().Count(), Is.EqualTo(300));
        Assert.That(listed.Select(entry => (entry.ServerTimestamp, entry.Id)), Is.Ordered.Descending);
        Assert.That(Faults.Forwarded, Is.EqualTo(2 + 8), "two ingests and eight pages of at most 40");
    }

    [Test]
    public async Task Query_follows_the_cursors_through_every_match()
    {
        await Client.IngestBatchAsync(Enumerable.Range(0, 250).Select(sequence => Login(sequence % 2 == 0 ? "even" : "odd", sequence)));

        var matched = new List<LogEntry>();
        await foreach (var entry in Client.QueryAsync("actor.id=even", new LogQueryOptions { PageSize = 30 }))
        {
            matched.Add(entry);
        }

        Assert.That(matched, Has.Count.EqualTo(125));
        Assert.That(matched.Select(entry => entry.Id).Distinct().Count(), Is.EqualTo(125));
        Assert.That(matched.All(entry => entry.Actor!["id"]!.GetValue<string>() == "even"), Is.True);
    }

    [Test]
    public async Task Validate_reports_problems_and_stores_nothing()
    {
        var report = await Client.ValidateAsync([Login(), new LogEvent("", LogtrailLevel.Info)]);

        Assert.That(report.Valid, Is.False);
        Assert.That(report.Errors.Select(error => (error.Field, error.LogIndex)), Does.Contain(("action", (int?)1)));
        Assert.That(await StoredAsync(), Is.EqualTo((0L, 0L)));
    }

    [Test]
    public async Task Info_and_usage_describe_the_key_and_the_month()
    {
        await Client.IngestBatchAsync([Login(sequence: 1), Login(sequence: 2)]);

        var info = await Client.GetInfoAsync();
        var usage = await Client.GetUsageAsync();

        Assert.Multiple(() =>
        {
            Assert.That(info.Project.Id, Is.EqualTo(ProjectId));
            Assert.That(info.ApiKey.Id, Is.EqualTo(Key.Id));
            Assert.That(info.ApiKey.Scopes, Is.EquivalentTo(new[] { "logs:read", "logs:write" }));
            Assert.That(info.Plan.Code, Is.EqualTo("pro"));
            Assert.That(info.Plan.MaxBatchSize, Is.EqualTo(1000));
            Assert.That(info.Ingestion.DefaultEnvironment, Is.EqualTo("production"));
            Assert.That(usage.Used, Is.EqualTo(2));
            Assert.That(usage.Limit, Is.EqualTo(500_000));
            Assert.That(usage.PlanCode, Is.EqualTo("pro"));
        });
    }

    [Test]
    public async Task The_activity_feed_is_read_page_by_page_as_rendered_text()
    {
        var saved = await Admin.Http.PutAsJsonAsync(
            $"/api/v1/admin/projects/{ProjectId}/actions/user.login", new { is_public = true, template = "{actor.name} signed in" });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Client.IngestBatchAsync(Enumerable.Range(0, 25).Select(sequence => Login("u1", sequence)));
        await Client.IngestAsync(Login("u2"));

        var feed = new List<ActivityItem>();
        await foreach (var item in Client.GetActivityAsync(new ActivityFilter { ActorId = "u1", PageSize = 10 }))
        {
            feed.Add(item);
        }

        Assert.That(feed, Has.Count.EqualTo(25));
        Assert.That(feed.Select(item => item.Text).Distinct(), Is.EqualTo(new[] { "Ada signed in" }));
        Assert.That(feed.Select(item => item.Actor!.Id).Distinct(), Is.EqualTo(new[] { "u1" }));
    }
}
