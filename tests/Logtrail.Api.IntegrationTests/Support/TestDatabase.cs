using Dapper;
using Logtrail.Infrastructure.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Respawn;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>
/// The real PostgreSQL database the tests run against (<c>ConnectionStrings__Logtrail</c>, set by <c>./test.sh</c>):
/// migrated once, emptied with Respawn before every test (the migrations journal stays).
/// </summary>
public static class TestDatabase
{
    private static Respawner? _respawner;

    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Logtrail") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "Integration tests need a PostgreSQL database: run ./test.sh, or set ConnectionStrings__Logtrail.");

    public static async Task MigrateAsync()
    {
        new DatabaseMigrator(ConnectionString, NullLogger<DatabaseMigrator>.Instance).Migrate();
        await using var connection = await OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [DatabaseMigrator.JournalTable],
        });
    }

    public static async Task ResetAsync()
    {
        await using var connection = await OpenAsync();
        await _respawner!.ResetAsync(connection);
        // The truncation's statistics go out now, not whenever this pooled connection next idles: sent later, they
        // would zero the insert counts of the test's own writes (which the block-range job reads).
        await connection.ExecuteAsync("SELECT pg_stat_force_next_flush()");
    }

    public static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
