using System.ComponentModel.DataAnnotations;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>Section <c>Logtrail:Database</c>. The connection string itself is <c>ConnectionStrings:Logtrail</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Logtrail:Database";
    public const string ConnectionStringName = "Logtrail";

    [Required]
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// How many statements each connection keeps prepared (Npgsql automatic preparation), unless the connection
    /// string sets <c>Max Auto Prepare</c> itself. A prepared statement skips parsing and rewriting on every use;
    /// reads name their time window, so PostgreSQL still prunes partitions with each execution's values.
    /// </summary>
    [Range(0, 1000)]
    public int MaxAutoPrepare { get; set; } = 64;

    /// <summary>Apply pending migrations when the service starts.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
