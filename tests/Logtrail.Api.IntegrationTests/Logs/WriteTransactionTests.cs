using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Application.Common.Persistence;
using Logtrail.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Logtrail.Api.IntegrationTests.Logs;

public sealed class WriteTransactionTests : IntegrationTest
{
    [Test]
    public async Task Write_transactions_plan_their_statements_once()
    {
        await using var transaction = await Api.Services.GetRequiredService<IWriteTransactions>().BeginAsync(CancellationToken.None);
        var write = WriteTransaction.Of(transaction);

        await using var command = new NpgsqlCommand("SHOW plan_cache_mode", write.Connection, write.Transaction);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("force_generic_plan"));
    }

    [Test]
    public async Task Queued_statements_are_not_sent_before_they_are_asked_for_and_roll_back_with_the_transaction()
    {
        await using (var transaction = await Api.Services.GetRequiredService<IWriteTransactions>().BeginAsync(CancellationToken.None))
        {
            var write = WriteTransaction.Of(transaction);
            write.Queue(new NpgsqlBatchCommand("CREATE TABLE queued_probe (n int)"));
            Assert.That(await TableExistsAsync(write.Connection, write.Transaction), Is.False);

            await transaction.SendQueuedAsync(CancellationToken.None);
            Assert.That(await TableExistsAsync(write.Connection, write.Transaction), Is.True);
        }

        await using var connection = await TestDatabase.OpenAsync();
        Assert.That(await TableExistsAsync(connection, null), Is.False);
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass('queued_probe') IS NOT NULL", connection, transaction);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
