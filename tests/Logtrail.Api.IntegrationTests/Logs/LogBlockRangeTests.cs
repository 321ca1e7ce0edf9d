using Dapper;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs;
using Npgsql;

namespace Logtrail.Api.IntegrationTests.Logs;

/// <summary>
/// <see cref="LogBlockRangeSummarizer"/>: the full block ranges of the client- and server-time index that no summary
/// covers (what PostgreSQL leaves when its autosummarize queue overflows) are summarised by the job; the range still
/// filling is left to fill.
/// </summary>
public sealed class LogBlockRangeTests : IntegrationTest
{
    [Test]
    public async Task The_job_summarises_every_full_block_range_writes_left_unsummarised()
    {
        await using var connection = await TestDatabase.OpenAsync();
        var project = Guid.CreateVersion7();
        await InsertAsync(connection, project, rows: 1);
        var partition = await connection.ExecuteScalarAsync<string>("SELECT tableoid::regclass::text FROM logs WHERE project_id = @project", new { project });
        var index = await connection.ExecuteScalarAsync<string>(
            """
            SELECT index.indexrelid::regclass::text FROM pg_index AS index JOIN pg_class AS class ON class.oid = index.indexrelid
            JOIN pg_am AS method ON method.oid = class.relam WHERE index.indrelid = @partition::regclass AND method.amname = 'brin'
            """,
            new { partition });
        // No autovacuum meanwhile: a vacuum summarises every full range itself (and the job then has nothing to do).
        // No autosummarize either: its queued requests, run by an autovacuum worker whenever it comes by, would summarise
        // the ranges this test leaves without a summary before the job is called.
        var partitions = (await connection.QueryAsync<string>("SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'logs'::regclass")).ToList();
        await SetAutovacuumAsync(connection, partitions, "SET (autovacuum_enabled = false)");
        await connection.ExecuteAsync($"ALTER INDEX {index} SET (autosummarize = off)");
        try
        {
            // About 2,000 rows of 1,800 bytes: some 500 pages, four ranges of 128.
            await InsertAsync(connection, project, rows: 2000);
            // The job finds written partitions by their insert counts; a backend sends its counts when it next goes idle.
            await connection.ExecuteAsync("SELECT pg_stat_force_next_flush()");
            var unsummarised = await connection.ExecuteScalarAsync<int>(
                "SELECT count(brin_desummarize_range(@index::regclass, block)) FROM generate_series(0, pg_relation_size(@partition::regclass) / 8192 - 1, 128) AS block",
                new { index, partition });
            Assert.That(unsummarised, Is.GreaterThanOrEqualTo(4), "block ranges left without a summary");
            await WaitUntilWrittenSinceVacuumAsync(partition!);

            var summarised = await Api.Services.GetRequiredService<LogBlockRangeSummarizer>().SummarizeAsync(CancellationToken.None);

            Assert.That(summarised, Is.GreaterThanOrEqualTo(unsummarised - 1), "every range but the one still filling");
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT brin_summarize_new_values(@index::regclass)", new { index }), Is.EqualTo(1),
                "ranges without a summary after the job: only the one holding the last page");
        }
        finally
        {
            await connection.ExecuteAsync($"ALTER INDEX {index} RESET (autosummarize)");
            await SetAutovacuumAsync(connection, partitions, "RESET (autovacuum_enabled)");
        }
    }

    private static Task InsertAsync(NpgsqlConnection connection, Guid project, int rows) =>
        connection.ExecuteAsync(
            """
            INSERT INTO logs (project_id, environment, server_timestamp, id, client_timestamp, level, action, message, tags, api_key_id)
            SELECT @project, 'production', now() - i * interval '1 ms', gen_random_uuid(), now() - i * interval '1 ms', 2, 'bulk.load',
                   repeat('x', 1800), '{}', @project
            FROM generate_series(1, @rows) AS i
            """,
            new { project, rows });

    private static async Task SetAutovacuumAsync(NpgsqlConnection connection, IEnumerable<string> partitions, string change)
    {
        foreach (var partition in partitions)
        {
            await connection.ExecuteAsync($"ALTER TABLE {partition} {change}");
        }
    }

    /// <summary>The job looks only at partitions whose statistics show rows written since their last vacuum; statistics are flushed within a second or so.</summary>
    private static async Task WaitUntilWrittenSinceVacuumAsync(string partition)
    {
        await using var connection = await TestDatabase.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await connection.ExecuteScalarAsync<long>("SELECT n_ins_since_vacuum FROM pg_stat_all_tables WHERE relid = @partition::regclass", new { partition }) == 0)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"the insert count of {partition} never reached the statistics");
            await Task.Delay(200);
            await connection.ExecuteAsync("SELECT pg_stat_clear_snapshot()");
        }
    }
}
