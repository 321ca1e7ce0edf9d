using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

public sealed class LogPartitionTests : IntegrationTest
{
    [Test]
    public async Task A_log_for_a_day_without_a_partition_lands_in_the_default_partition_and_moves_when_its_day_is_created()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync(planCode: "enterprise")).Key);
        Api.Clock.Advance(TimeSpan.FromDays(LogPartitionMaintainer.DaysAhead + 30));
        var id = await IngestAsync(client, ValidLog());
        Assert.That(await CountInAsync("logs_default"), Is.EqualTo(1));

        var created = await Api.Services.GetRequiredService<LogPartitionMaintainer>().EnsurePartitionsAsync(CancellationToken.None);

        Assert.That(created, Is.GreaterThanOrEqualTo(1));
        Assert.That(await CountInAsync("logs_default"), Is.Zero);
        Assert.That(await CountInAsync($"logs_{Api.Clock.GetUtcNow():yyyyMM}"), Is.EqualTo(1), "the month's partition");
        await ContractAssert.IsOkJsonAsync(await client.GetAsync($"{LogsPath}/{id}"));
    }

    [Test]
    public async Task Every_partition_carries_the_planner_s_statistics_on_the_words_of_its_logs()
    {
        Api.Clock.Advance(TimeSpan.FromDays(LogPartitionMaintainer.DaysAhead + 62));
        await Api.Services.GetRequiredService<LogPartitionMaintainer>().EnsurePartitionsAsync(CancellationToken.None);

        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT child.relname FROM pg_inherits JOIN pg_class child ON child.oid = pg_inherits.inhrelid
            WHERE pg_inherits.inhparent = 'logs'::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_statistic_ext WHERE stxrelid = child.oid AND stxname = child.relname || '_document')
            """;
        var without = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                without.Add(reader.GetString(0));
            }
        }

        Assert.That(without, Is.Empty, "partitions without statistics on the full-text expression");
        Assert.That(await CountInAsync($"logs_{Api.Clock.GetUtcNow():yyyyMM}"), Is.Zero, "the new month's partition exists");
    }

    private static async Task<long> CountInAsync(string table)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
