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
    }

    public static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
