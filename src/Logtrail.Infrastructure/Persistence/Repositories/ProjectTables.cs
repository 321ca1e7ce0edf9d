using Dapper;
using Npgsql;

namespace Logtrail.Infrastructure.Persistence.Repositories;

/// <summary>
/// Every table that holds a project's rows — each has a <c>project_id</c> column, as the schema's tenancy rule
/// requires — read from the catalog, so that deleting a project also covers tables that later migrations add.
/// Ordered so that a table referencing another (by foreign key) is emptied first.
/// </summary>
internal static class ProjectTables
{
    public static async Task<IReadOnlyList<string>> InDeletionOrderAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = (await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT quote_ident(c.relname)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'project_id' AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'projects'
            """,
            cancellationToken: cancellationToken))).ToList();
        var references = (await connection.QueryAsync<(string Referencing, string Referenced)>(new CommandDefinition(
            """
            SELECT quote_ident(child.relname), quote_ident(parent.relname)
            FROM pg_constraint f
            JOIN pg_class child ON child.oid = f.conrelid
            JOIN pg_class parent ON parent.oid = f.confrelid
            WHERE f.contype = 'f' AND child.oid <> parent.oid
            """,
            cancellationToken: cancellationToken))).ToList();

        var ordered = new List<string>(tables.Count);
        var remaining = new HashSet<string>(tables);
        while (remaining.Count > 0)
        {
            // A table goes next when no table still waiting references it.
            var next = remaining.FirstOrDefault(table => !references.Any(edge => edge.Referenced == table && remaining.Contains(edge.Referencing)))
                ?? throw new InvalidOperationException("Project tables reference each other in a cycle: " + string.Join(", ", remaining));
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }
}
