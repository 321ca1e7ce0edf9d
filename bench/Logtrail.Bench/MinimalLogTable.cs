namespace Logtrail.Bench;

/// <summary>
/// The table every raw baseline writes to and reads from: the columns of <c>logs</c>, a primary key and one btree on
/// <c>(project_id, environment, server_timestamp DESC, id DESC)</c> — no partitions, no search indexes. It is what
/// PostgreSQL can do with the least a log table needs.
/// </summary>
public static class MinimalLogTable
{
    public static string Create(string table) =>
        $"""
        DROP TABLE IF EXISTS {table};
        CREATE TABLE {table} (LIKE logs INCLUDING DEFAULTS);
        ALTER TABLE {table} ADD PRIMARY KEY (id);
        CREATE INDEX ON {table} (project_id, environment, server_timestamp DESC, id DESC);
        """;
}
