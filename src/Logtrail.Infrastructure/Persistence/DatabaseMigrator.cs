using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>
/// Applies the numbered SQL files embedded under <c>Persistence/Migrations</c> with DbUp, each in its own
/// transaction, journaled in <see cref="JournalTable"/>. Shipped files are never edited: add a new one.
/// </summary>
public sealed class DatabaseMigrator(string connectionString, ILogger<DatabaseMigrator> logger)
{
    public const string JournalTable = "schemaversions";

    public void Migrate()
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString, new MicrosoftUpgradeLog(logger));
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
}
