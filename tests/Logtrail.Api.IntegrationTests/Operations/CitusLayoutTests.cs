using Dapper;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Operations;

/// <summary>
/// The optional Citus distribution step (<c>logtrail_distribute_on_citus()</c>): harmless on plain PostgreSQL, and its
/// layout places every table in a way Citus accepts (checked on the schema itself, since no Citus cluster runs here).
/// </summary>
public sealed class CitusLayoutTests : IntegrationTest
{
    [Test]
    public async Task On_plain_PostgreSQL_the_distribution_function_says_so_and_changes_nothing()
    {
        var client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);
        await IngestAsync(client, ValidLog());
        await using var connection = await TestDatabase.OpenAsync();
        var before = await SchemaAsync(connection);

        var first = await connection.ExecuteScalarAsync<string>("SELECT logtrail_distribute_on_citus()");
        var second = await connection.ExecuteScalarAsync<string>("SELECT logtrail_distribute_on_citus()");

        Assert.That(first, Is.EqualTo("citus is not installed in this database: nothing distributed"));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(await SchemaAsync(connection), Is.EqualTo(before), "no table, column or constraint changed");
        Assert.That(await CountStoredAsync(), Is.EqualTo(1));
        Assert.That((await client.GetAsync("/api/v1/workspace/info")).IsSuccessStatusCode, Is.True);
    }

    [Test]
    public async Task The_layout_places_every_table_of_the_schema_exactly_once()
    {
        await using var connection = await TestDatabase.OpenAsync();
        var tables = await connection.QueryAsync<string>(
            """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
            """);
        var placed = (await connection.QueryAsync<string>("SELECT table_name FROM logtrail_citus_layout()")).ToList();

        Assert.That(placed, Is.Unique);
        Assert.That(placed, Is.EquivalentTo(tables), "a migration that adds a table places it in logtrail_citus_layout()");
    }

    [Test]
    public async Task Every_key_of_a_distributed_table_includes_project_id()
    {
        await using var connection = await TestDatabase.OpenAsync();
        var keysWithoutProject = await connection.QueryAsync<string>(
            """
            SELECT l.table_name || ': ' || pg_get_constraintdef(k.oid)
            FROM logtrail_citus_layout() l
            JOIN pg_constraint k ON k.conrelid = l.table_name::regclass AND k.contype IN ('p', 'u')
            WHERE l.placement = 'distributed'
              AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                              WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey) AND a.attname = 'project_id')
            """);
        var distributedWithoutProject = await connection.QueryAsync<string>(
            """
            SELECT l.table_name FROM logtrail_citus_layout() l
            WHERE l.placement = 'distributed'
              AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = l.table_name::regclass AND a.attname = 'project_id')
            """);

        Assert.That(distributedWithoutProject, Is.Empty, "Citus distributes these tables by project_id");
        Assert.That(keysWithoutProject, Is.Empty, "Citus enforces a unique key of a distributed table only when it includes the distribution column");
    }

    [Test]
    public async Task Foreign_keys_point_only_at_reference_tables_placed_before_their_table()
    {
        await using var connection = await TestDatabase.OpenAsync();
        var misplaced = await connection.QueryAsync<string>(
            """
            SELECT child.table_name || ' (' || child.placement || ') -> ' || parent.table_name || ' (' || parent.placement || ')'
            FROM pg_constraint f
            JOIN logtrail_citus_layout() child ON f.conrelid = child.table_name::regclass
            JOIN logtrail_citus_layout() parent ON f.confrelid = parent.table_name::regclass
            WHERE f.contype = 'f' AND f.conrelid <> f.confrelid
              AND NOT (parent.placement = 'reference' AND child.placement IN ('reference', 'distributed') AND parent.step < child.step)
            """);

        Assert.That(misplaced, Is.Empty, "Citus allows foreign keys from reference or distributed tables to reference tables");
    }

    /// <summary>Every column and constraint of the schema's tables, and which tables are partitioned.</summary>
    private static async Task<List<string>> SchemaAsync(Npgsql.NpgsqlConnection connection) =>
        (await connection.QueryAsync<string>(
            """
            SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || c.relkind::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p')
            UNION ALL
            SELECT conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
            ORDER BY 1
            """)).ToList();
}
