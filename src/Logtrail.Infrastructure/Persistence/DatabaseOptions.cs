using System.ComponentModel.DataAnnotations;

namespace Logtrail.Infrastructure.Persistence;

/// <summary>Section <c>Logtrail:Database</c>. The connection string itself is <c>ConnectionStrings:Logtrail</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Logtrail:Database";
    public const string ConnectionStringName = "Logtrail";

    [Required]
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply pending migrations when the service starts.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
