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

    private static async Task<long> CountInAsync(string table)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
