using System.Net;
using Dapper;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Limits;

/// <summary>Free keeps logs 21 days, pro 120, enterprise 365. The test service deletes in batches of 100.</summary>
public sealed class RetentionTests : IntegrationTest
{
    private static RetentionEnforcer Enforcer => Api.Services.GetRequiredService<RetentionEnforcer>();

    [Test]
    public async Task Reads_stop_returning_a_log_the_moment_it_passes_the_plans_retention()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);
        var old = await IngestAsync(client, ValidLog("old.event"));
        Api.Clock.Advance(TimeSpan.FromDays(10));
        var recent = await IngestAsync(client, ValidLog("recent.event"));

        Api.Clock.Advance(TimeSpan.FromDays(11) + TimeSpan.FromMinutes(1));

        var page = await PageAsync(client);
        Assert.That(page.EnumerateArray().Select(log => log.GetProperty("id").GetGuid()), Is.EqualTo(new[] { recent }));
        Assert.That((await client.GetAsync($"{LogsPath}/{old}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var search = await ContractAssert.IsOkJsonAsync(await client.PostAsync($"{LogsPath}/query", Json(new { query = "action~event" })));
        Assert.That(search.EnumerateArray().Select(log => log.GetProperty("id").GetGuid()), Is.EqualTo(new[] { recent }));
    }

    [Test]
    public async Task The_enforcer_deletes_exactly_the_logs_past_each_projects_retention()
    {
        var free = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);
        var pro = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "pro")).Key);
        for (var batch = 0; batch < 5; batch++)
        {
            await BulkAsync(free, Enumerable.Range(0, 50).Select(_ => ValidLog("expiring")));
        }

        await BulkAsync(pro, Enumerable.Range(0, 3).Select(_ => ValidLog("kept.longer")));
        Api.Clock.Advance(TimeSpan.FromDays(22));
        var fresh = await IngestAsync(free, ValidLog("fresh"));

        var report = await Enforcer.EnforceAsync(CancellationToken.None);

        Assert.That(report.LogsDeleted, Is.EqualTo(250), "deleted in three batches of at most 100");
        Assert.That(await CountStoredAsync(), Is.EqualTo(4));
        await ContractAssert.IsOkJsonAsync(await free.GetAsync($"{LogsPath}/{fresh}"));
        Assert.That((await PageAsync(pro)).GetArrayLength(), Is.EqualTo(3));
        Assert.That((await Enforcer.EnforceAsync(CancellationToken.None)).LogsDeleted, Is.Zero, "a second run finds nothing left");
    }

    [Test]
    public async Task Partitions_every_plan_has_let_go_of_are_dropped_whole()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "enterprise")).Key);
        await IngestAsync(client, ValidLog());
        await Background.FlushActivityAsync();
        var partition = $"logs_{Api.Clock.GetUtcNow():yyyyMM}";
        await ExecuteAsync($"SELECT ensure_log_partition('{Api.Clock.GetUtcNow():yyyy-MM-dd}'::date)");
        Assert.That(await ScalarAsync($"SELECT count(*) FROM {partition}"), Is.EqualTo(1));

        Api.Clock.Advance(TimeSpan.FromDays(364));
        await Enforcer.EnforceAsync(CancellationToken.None);
        Assert.That(await ScalarAsync($"SELECT count(*) FROM {partition}"), Is.EqualTo(1), "still within 365 days");

        // A month's partition goes once the whole month is past every plan's retention.

        Api.Clock.Advance(TimeSpan.FromDays(3 + 31));
        var report = await Enforcer.EnforceAsync(CancellationToken.None);

        Assert.That(report.PartitionsDropped, Is.GreaterThanOrEqualTo(1));
        Assert.That(report.KeyActivityDeleted, Is.GreaterThanOrEqualTo(1), "the key's activity is as old as the log");
        Assert.That(await ScalarAsync("SELECT count(*) FROM key_activity"), Is.Zero);
        Assert.That(await ScalarAsync($"SELECT count(*) FROM pg_class WHERE relname = '{partition}'"), Is.Zero);
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [Test]
    public async Task Idempotency_records_are_deleted_after_their_24_hours()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        var request = new HttpRequestMessage(HttpMethod.Post, LogsPath) { Content = Json(ValidLog()) };
        request.Headers.Add("Idempotency-Key", "once");
        Assert.That((await client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        Api.Clock.Advance(TimeSpan.FromHours(23));
        Assert.That((await Enforcer.EnforceAsync(CancellationToken.None)).IdempotencyRecordsDeleted, Is.Zero);
        Api.Clock.Advance(TimeSpan.FromHours(2));

        Assert.That((await Enforcer.EnforceAsync(CancellationToken.None)).IdempotencyRecordsDeleted, Is.EqualTo(1));
        Assert.That(await ScalarAsync("SELECT count(*) FROM idempotency_records"), Is.Zero);
    }

    [Test]
    public async Task Key_activity_older_than_the_longest_retention_in_use_is_deleted_and_younger_activity_stays()
    {
        var project = await Admin.CreateProjectAsync(planCode: "pro");
        var pro = await Admin.CreateKeyAsync(project);
        await DataClient(pro.Key).GetAsync("/api/v1/workspace/info");
        await Background.FlushActivityAsync();
        Api.Clock.Advance(TimeSpan.FromDays(100));
        await DataClient(pro.Key).GetAsync("/api/v1/workspace/usage");
        await Background.FlushActivityAsync();
        Api.Clock.Advance(TimeSpan.FromDays(21));

        var report = await Enforcer.EnforceAsync(CancellationToken.None);

        Assert.That(report.KeyActivityDeleted, Is.EqualTo(1), "the first request is 121 days old, past pro's 120");
        Assert.That(await ScalarAsync($"SELECT count(*) FROM key_activity WHERE project_id = '{project}' AND route = '/api/v1/workspace/usage'"), Is.EqualTo(1));
        Assert.That(await ScalarAsync("SELECT count(*) FROM key_activity"), Is.EqualTo(1));
    }

    [Test]
    public async Task Shared_rate_limit_buckets_untouched_for_an_hour_are_forgotten()
    {
        var now = Api.Clock.GetUtcNow();
        await using (var connection = await TestDatabase.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO rate_limit_buckets (policy, subject, capacity, tokens, updated_at)
                VALUES ('plan', 'idle', 60, 12, @idleSince), ('plan', 'busy', 60, 12, @busySince)
                """,
                new { idleSince = now.AddMinutes(-61), busySince = now.AddMinutes(-59) });
        }

        await Enforcer.EnforceAsync(CancellationToken.None);

        await using var check = await TestDatabase.OpenAsync();
        Assert.That(await check.QueryAsync<string>("SELECT subject FROM rate_limit_buckets"), Is.EqualTo(new[] { "busy" }));
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
