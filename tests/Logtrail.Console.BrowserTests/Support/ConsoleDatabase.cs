using Logtrail.Infrastructure.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Logtrail.Console.BrowserTests.Support;

/// <summary>
/// A database of its own for the browser tests, beside the one <c>./test.sh</c> gives (the integration tests, which
/// may run at the same time, empty theirs before each test): dropped, created and migrated once per run.
/// </summary>
public static class ConsoleDatabase
{
    private const string DatabaseName = "logtrail_console_test";

    public static string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Database = DatabaseName }.ConnectionString;

    public static async Task CreateAsync()
    {
        await using (var server = new NpgsqlConnection(ServerConnectionString()))
        {
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", server);
            await create.ExecuteNonQueryAsync();
        }

        new DatabaseMigrator(ConnectionString, NullLogger<DatabaseMigrator>.Instance).Migrate();
    }

    public static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Logtrail") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("Browser tests need a PostgreSQL server: run ./test.sh, or set ConnectionStrings__Logtrail.");
}
