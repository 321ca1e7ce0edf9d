using Dapper;
using Logtrail.Api.IntegrationTests.Support;
using Npgsql;

namespace Logtrail.Api.IntegrationTests.Operations;

/// <summary>Instances that start together on an empty database apply every migration once.</summary>
public sealed class MigrationLockTests
{
    [Test]
    public async Task Two_instances_starting_together_on_a_new_database_apply_each_migration_once()
    {
        var database = $"logtrail_migrations_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Database = database }.ConnectionString;
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Logtrail"] = connectionString,
            ["Logtrail__Database__MigrateOnStart"] = "true",
            ["Logtrail__Logs__EnforceRetention"] = "false",
        };
        var instances = await Task.WhenAll(ServiceProcess.StartAsync(settings), ServiceProcess.StartAsync(settings));
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            var applied = (await connection.QueryAsync<string>("SELECT scriptname FROM schemaversions", commandTimeout: 300)).ToList();
            Assert.That(applied, Is.Unique);
            Assert.That(applied, Has.Some.Contains("0026_instance_coordination"));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }

            // DROP DATABASE waits for an immediate checkpoint of the whole cluster: late in the suite, on a busy machine,
            // with everything the tests before it wrote still to be flushed, that has taken over five minutes.
            await using var maintenance = await TestDatabase.OpenAsync();
            await maintenance.ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", commandTimeout: 1800);
        }
    }
}
