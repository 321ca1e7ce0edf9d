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

    /// <summary>
    /// Bytes each connection reads from PostgreSQL at a time (Npgsql's <c>Read Buffer Size</c>, 8 KiB by default),
    /// unless the connection string sets it itself. Large results (exports, pages of big logs) arrive in fewer reads.
    /// </summary>
    [Range(8_192, 1_048_576)]
    public int ReadBufferSize { get; set; } = 65_536;

    /// <summary>Apply pending migrations when the service starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// The longest a statement of the service may run before PostgreSQL stops it (a search answers 400
    /// VALIDATION_QUERY_CONSTRAINT, anything else 503). Zero leaves the server's own setting alone.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StatementTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The <c>Retry-After</c> of a 503 while the database is unavailable.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an outage is probed for its end.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan OutageProbeInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The connection string the service's own connections use: the configured one plus the statement timeout.</summary>
    public string ServiceConnectionString()
    {
        if (StatementTimeout <= TimeSpan.Zero)
        {
            return ConnectionString;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        builder.Options = $"{builder.Options} -c statement_timeout={(long)StatementTimeout.TotalMilliseconds}".Trim();
        return builder.ConnectionString;
    }
}
