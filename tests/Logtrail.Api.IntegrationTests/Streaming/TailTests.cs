using System.Net;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Streaming;

/// <summary><c>GET /logs/tail</c>: live across instances, the same matches as search, gap-free resume, slow consumers cut off.</summary>
public sealed class TailTests : WorkspaceTest
{
    private const string TailPath = $"{LogsPath}/tail";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [SetUp]
    public Task WaitForFeedAsync() => Api.WaitForTailFeedAsync();

    [Test]
    public async Task A_log_ingested_through_another_instance_arrives()
    {
        var key = await Admin.CreateKeyAsync(ProjectId);
        await using var other = await ServiceProcess.StartAsync();
        using var tailClient = DataClient(key.Key);
        await using var tail = await OpenAsync(tailClient, "");

        using var writer = other.CreateClient(key.Key);
        var id = await IngestAsync(writer, ValidLog("elsewhere.created"));

        var events = await tail.LogsUntilAsync(received => received.Count == 1, Generous);
        Assert.That(events[0].LogId, Is.EqualTo(id));
        Assert.That(events[0].Id, Is.Not.Null.And.Not.Empty, "every log event carries a resume cursor");
        var entry = JsonDocument.Parse(events[0].Data).RootElement;
        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("elsewhere.created"));
        Assert.That(entry.GetProperty("server_timestamp").GetString(), Does.Match(ContractAssert.TimestampPattern));
    }

    [TestCase("level=error")]
    [TestCase("level<warn tag=billing")]
    [TestCase("action~\"order*\" metadata.amount>100")]
    [TestCase("actor.id=u2,u3 metadata.kind!=refund")]
    [TestCase("message=null")]
    [TestCase("paid")]
    [TestCase("message@\"card declined\"")]
    public async Task A_tail_shows_exactly_what_search_returns_for_the_same_query(string query)
    {
        await using var tail = await OpenAsync(Production, "?query=" + Uri.EscapeDataString(query));
        string[] levels = ["info", "warn", "error"];
        var ids = await BulkAsync(Production, Enumerable.Range(0, 30).Select(index => (object)new
        {
            action = index % 2 == 0 ? "order.paid" : "user.login",
            level = levels[index % 3],
            clientTimestamp = "2026-11-23T10:00:00Z",
            message = index % 5 == 0 ? null : index % 4 == 0 ? "Card declined by bank" : $"event {index}",
            tags = index % 3 == 0 ? new[] { "billing" } : new[] { "web" },
            actor = new { id = $"u{index % 4}" },
            metadata = new { amount = index * 10, kind = index % 6 == 0 ? "refund" : "sale" },
        }));

        var searched = (await ContractAssert.IsOkJsonAsync(await Production.PostAsync($"{LogsPath}/query", Json(new { query, pageSize = 100 }))))
            .EnumerateArray().Select(entry => entry.GetProperty("id").GetGuid()).Where(ids.Contains).ToHashSet();
        Assert.That(searched, Is.Not.Empty, "the query matches some of the batch");

        var received = new List<Guid>();
        var deadline = DateTime.UtcNow + Generous;
        while (received.Count < searched.Count)
        {
            var next = await tail.NextAsync(deadline - DateTime.UtcNow);
            Assert.That(next?.Type, Is.EqualTo("log"));
            received.Add(next!.LogId);
        }

        Assert.That(received, Is.EquivalentTo(searched), "one batch's matches arrive together, so a wrong one would take a right one's place");
    }

    [Test]
    public async Task Resuming_with_last_event_id_misses_nothing_across_a_reconnect()
    {
        var written = new List<Guid>();
        string lastEventId;
        Guid resumePoint;
        await using (var first = await OpenAsync(Production, ""))
        {
            written.AddRange(await BulkAsync(Production, Enumerable.Range(0, 3).Select(index => ValidLog($"before.{index}"))));
            var seen = await first.LogsUntilAsync(received => received.Count == 3, Generous);
            Assert.That(seen.Select(e => e.LogId), Is.EquivalentTo(written));
            lastEventId = seen[1].Id!;
            resumePoint = seen[1].LogId;
            written.Remove(seen[0].LogId);
            written.Remove(resumePoint);
        }

        Api.Clock.Advance(TimeSpan.FromSeconds(2));
        for (var index = 0; index < 4; index++)
        {
            written.Add(await IngestAsync(Production, ValidLog($"while.away.{index}")));
        }

        await using var resumed = await OpenAsync(Production, "", lastEventId);
        written.Add(await IngestAsync(Production, ValidLog("after.reconnect")));

        var expectedAfter = written.ToHashSet();
        var events = await resumed.LogsUntilAsync(received => expectedAfter.IsSubsetOf(received.Select(e => e.LogId)), Generous);
        Assert.That(events.Select(e => e.LogId), Does.Not.Contain(resumePoint), "the resume point itself is not sent again");
    }

    [Test]
    public async Task A_resume_point_older_than_five_minutes_gets_a_reset_then_live_logs()
    {
        string lastEventId;
        await using (var first = await OpenAsync(Production, ""))
        {
            await IngestAsync(Production, ValidLog("old"));
            lastEventId = (await first.LogsUntilAsync(received => received.Count == 1, Generous))[0].Id!;
        }

        Api.Clock.Advance(TimeSpan.FromMinutes(6));
        await using var resumed = await OpenAsync(Production, "", lastEventId);

        var reset = await resumed.NextAsync(Generous);
        Assert.That(reset?.Type, Is.EqualTo("reset"));
        var id = await IngestAsync(Production, ValidLog("new"));
        Assert.That((await resumed.LogsUntilAsync(received => received.Count == 1, Generous))[0].LogId, Is.EqualTo(id));
    }

    [Test]
    public async Task A_slow_consumer_is_cut_off_with_overflow_while_others_and_ingestion_go_on()
    {
        await using var slow = await OpenAsync(Production, "");
        await using var fast = await OpenAsync(Production, "");

        var written = new List<Guid>();
        var reading = fast.LogsUntilAsync(received => received.Count >= 2_500, Generous * 2);
        for (var batch = 0; batch < 5; batch++)
        {
            written.AddRange(await BulkAsync(Production, Enumerable.Range(0, 500).Select(index => ValidLog($"flood.{batch}.{index}"))));
        }

        var fastEvents = await reading;
        Assert.That(fastEvents.Select(e => e.LogId), Is.EquivalentTo(written), "the consumer that keeps up gets everything");

        SseEvent? last = null;
        var deadline = DateTime.UtcNow + Generous;
        while (await slow.NextAsync(deadline - DateTime.UtcNow) is { } next)
        {
            last = next;
        }

        Assert.That(last?.Type, Is.EqualTo("overflow"), "the slow one's last event says why it was closed");
        Assert.That(JsonDocument.Parse(last!.Data).RootElement.GetProperty("reason").GetString(), Is.EqualTo("consumer_too_slow"));
        Assert.That(await CountStoredAsync(), Is.EqualTo(2_500), "ingestion was not held up");
    }

    [Test]
    public async Task A_key_holds_at_most_ten_open_tails()
    {
        var open = new List<SseStream>();
        try
        {
            for (var index = 0; index < 10; index++)
            {
                open.Add(await OpenAsync(Production, ""));
            }

            var refused = await Production.GetAsync(TailPath);
            var body = await ContractAssert.IsErrorAsync(refused, HttpStatusCode.TooManyRequests, "RATE_LIMIT_PLAN_EXCEEDED", "rate_limit_exceeded", "rate_limit_error");
            Assert.That(body.GetProperty("details").GetProperty("reason").GetString(), Is.EqualTo("too_many_tails"));

            await open[0].DisposeAsync();
            open.RemoveAt(0);
            await using var again = await WaitForSlotAsync();
        }
        finally
        {
            foreach (var stream in open)
            {
                await stream.DisposeAsync();
            }
        }
    }

    [TestCase("?query=level%3Dloud", "VALIDATION_QUERY_INVALID")]
    [TestCase("?query=action%3D%22open", "VALIDATION_QUERY_SYNTAX")]
    public async Task A_bad_query_is_a_400_before_the_stream_starts(string query, string errorCode) =>
        await ContractAssert.IsValidationFailureAsync(await Production.GetAsync(TailPath + query), errorCode);

    [Test]
    public async Task Another_environment_sees_nothing_of_this_one()
    {
        using var staging = DataClient((await Admin.CreateKeyAsync(ProjectId, "staging")).Key);
        await using var stagingTail = await OpenAsync(staging, "");
        await IngestAsync(Production, ValidLog("production.only"));
        var stagingLog = await IngestAsync(staging, ValidLog("staging.only"));

        var events = await stagingTail.LogsUntilAsync(received => received.Count == 1, Generous);

        Assert.That(events[0].LogId, Is.EqualTo(stagingLog));
    }

    private static async Task<SseStream> OpenAsync(HttpClient client, string query, string? lastEventId = null)
    {
        var stream = await SseStream.OpenAsync(client, TailPath + query, lastEventId);
        Assert.That(stream.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await DescribeAsync(stream));
        Assert.That(stream.Response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
        return stream;
    }

    private static async Task<string> DescribeAsync(SseStream stream) =>
        stream.Response.StatusCode == HttpStatusCode.OK ? "" : await stream.Response.Content.ReadAsStringAsync();

    /// <summary>A closed tail's slot comes back once the server notices the client left.</summary>
    private async Task<SseStream> WaitForSlotAsync()
    {
        var deadline = DateTime.UtcNow + Generous;
        while (true)
        {
            var stream = await SseStream.OpenAsync(Production, TailPath);
            if (stream.Response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                Assert.That(stream.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                return stream;
            }

            await stream.DisposeAsync();
            await Task.Delay(100);
        }
    }
}
