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
    public async Task Queued_statements_are_sent_only_with_the_commit_and_roll_back_without_it()
    {
        await using (var transaction = await Api.Services.GetRequiredService<IWriteTransactions>().BeginAsync(CancellationToken.None))
        {
            var write = WriteTransaction.Of(transaction);
            write.Queue(new NpgsqlBatchCommand("CREATE TABLE queued_probe (n int)"));
            Assert.That(await TableExistsAsync(write.Connection, write.Transaction), Is.False);
        }

        await using var connection = await TestDatabase.OpenAsync();
        Assert.That(await TableExistsAsync(connection, null), Is.False);
    }

    [Test]
    public async Task A_transaction_begun_by_its_deadline_commits_its_queued_statements()
    {
        try
        {
            await using (var transaction = await Api.Services.GetRequiredService<IWriteTransactions>().BeginAsync(CancellationToken.None))
            {
                WriteTransaction.Of(transaction).Queue(new NpgsqlBatchCommand("CREATE TABLE queued_probe (n int)"));
                transaction.RequireBegunBy(DateTimeOffset.UtcNow.AddMinutes(5));
                await transaction.CommitAsync(CancellationToken.None);
            }

            await using var connection = await TestDatabase.OpenAsync();
            Assert.That(await TableExistsAsync(connection, null), Is.True);
        }
        finally
        {
            await using var connection = await TestDatabase.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP TABLE IF EXISTS queued_probe", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Test]
    public async Task A_transaction_begun_after_its_deadline_is_rolled_back_by_the_commit()
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(-5);
        await using (var transaction = await Api.Services.GetRequiredService<IWriteTransactions>().BeginAsync(CancellationToken.None))
        {
            WriteTransaction.Of(transaction).Queue(new NpgsqlBatchCommand("CREATE TABLE queued_probe (n int)"));
            transaction.RequireBegunBy(DateTimeOffset.UtcNow.AddMinutes(5));
            transaction.RequireBegunBy(deadline);

            var thrown = Assert.ThrowsAsync<TransactionBegunTooLateException>(() => transaction.CommitAsync(CancellationToken.None));
            Assert.That(thrown!.InnerException, Is.TypeOf<PostgresException>().With.Property(nameof(PostgresException.SqlState)).EqualTo("LT001"));
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
