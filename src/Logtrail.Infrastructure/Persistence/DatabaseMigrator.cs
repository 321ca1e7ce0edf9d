using Dapper;
using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// Applies the numbered SQL files embedded under <c>Persistence/Migrations</c> with DbUp, each in its own
/// transaction, journaled in <see cref="JournalTable"/>. Shipped files are never edited: add a new one. Instances that
/// start together serialize on a session advisory lock, so each script runs once: the first applies what is pending,
/// the others then find nothing to do.
/// </summary>
public sealed class DatabaseMigrator(string connectionString, ILogger<DatabaseMigrator> logger)
{
    public const string JournalTable = "schemaversions";
    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505";
    private const string LockKey = "logtrail.migrations";

    public void Migrate()
    {
        EnsureDatabaseExists();
        using var lockHolder = new NpgsqlConnection(connectionString);
        lockHolder.Open();
        lockHolder.Execute("SELECT pg_advisory_lock(hashtext(@LockKey))", new { LockKey }, commandTimeout: 0);
        try
        {
            var result = DeployChanges.To
                .PostgresqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly)
                .WithTransactionPerScript()
                .LogTo(logger)
                .Build()
                .PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed.", result.Error);
            }
        }
        finally
        {
            lockHolder.Execute("SELECT pg_advisory_unlock(hashtext(@LockKey))", new { LockKey });
        }
    }

    /// <summary>Creates the database when it is missing; another instance creating it at the same moment is fine.</summary>
    private void EnsureDatabaseExists()
    {
        try
        {
            EnsureDatabase.For.PostgresqlDatabase(connectionString, new MicrosoftUpgradeLog(logger));
        }
        catch (PostgresException exception) when (exception.SqlState is DuplicateDatabase or UniqueViolation)
        {
            logger.LogInformation("Another instance created the database at the same time");
        }
    }
}
