using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Dapper;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Operations;

/// <summary>
/// What the elected jobs send to PostgreSQL, as Npgsql traces it: nothing Citus rejects in a distributed modification
/// (<c>ctid</c>), and every statement in a transaction whose timeouts were set with <c>SET LOCAL</c> first (what Citus
/// forwards to the workers).
/// </summary>
public sealed class JobStatementsTests : IntegrationTest
{
    private static readonly Regex Ctid = new(@"\bctid\b", RegexOptions.IgnoreCase);

    private const string SetTimeouts = "SET LOCAL citus.propagate_set_commands = 'local'; SET LOCAL lock_timeout";

    [Test]
    public async Task Retention_and_partition_maintenance_use_no_ctid_and_set_their_timeouts_before_every_statement()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "free")).Key);
        await BulkAsync(client, Enumerable.Range(0, 3).Select(_ => ValidLog()));
        await Background.FlushActivityAsync();
        Api.Clock.Advance(TimeSpan.FromDays(400));

        var statements = await TraceAsync(async () =>
        {
            await Api.Services.GetRequiredService<LogPartitionMaintainer>().EnsurePartitionsAsync(CancellationToken.None);
            await Api.Services.GetRequiredService<LogBlockRangeSummarizer>().SummarizeAsync(CancellationToken.None);
            var report = await Api.Services.GetRequiredService<RetentionEnforcer>().EnforceAsync(CancellationToken.None);
            Assert.That(report.PartitionsDropped + report.LogsDeleted, Is.GreaterThan(0), "the run had logs to remove");
        });

        var jobStatements = statements
            .Select((statement, index) => (statement, index))
            .Where(item => IsJobStatement(item.statement.Sql))
            .ToList();
        Assert.That(jobStatements.Select(item => item.statement.Sql), Has.Some.Contains("drop_expired_log_partitions"));
        Assert.That(jobStatements.Select(item => item.statement.Sql), Has.Some.Contains("ensure_log_partition"));
        Assert.That(jobStatements.Select(item => item.statement.Sql), Has.Some.Contains("DELETE FROM logs"));
        Assert.That(statements.Select(statement => statement.Sql).Where(sql => Ctid.IsMatch(sql)), Is.Empty);
        foreach (var (statement, index) in jobStatements)
        {
            var previous = statements.Take(index).LastOrDefault(earlier => Equals(earlier.ConnectionId, statement.ConnectionId));
            Assert.That(previous.Sql, Does.StartWith(SetTimeouts), $"the timeouts are set in the transaction of: {statement.Sql}");
        }

        await using var connection = await TestDatabase.OpenAsync();
        var functionsWithCtid = await connection.QueryAsync<string>(
            "SELECT proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace AND prosrc ~* '\\mctid\\M'");
        Assert.That(functionsWithCtid, Is.Empty, "the functions the jobs call use no ctid either");
    }

    /// <summary>A statement that changes or locks something: what the jobs must bound with their timeouts.</summary>
    private static bool IsJobStatement(string sql) =>
        sql.Contains("DELETE", StringComparison.Ordinal)
        || sql.Contains("drop_expired_log_partitions", StringComparison.Ordinal)
        || sql.Contains("ensure_log_partition", StringComparison.Ordinal)
        || sql.Contains("brin_summarize_range", StringComparison.Ordinal);

    /// <summary>Every command this process sends to PostgreSQL while <paramref name="run"/> runs, with its connection (in order on each connection).</summary>
    private static async Task<List<(string Sql, object? ConnectionId)>> TraceAsync(Func<Task> run)
    {
        var traced = new ConcurrentQueue<(string Sql, object? ConnectionId)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.query.text") is string sql)
                {
                    traced.Enqueue((sql, activity.GetTagItem("db.npgsql.connection_id")));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await run();
        return [.. traced];
    }
}
