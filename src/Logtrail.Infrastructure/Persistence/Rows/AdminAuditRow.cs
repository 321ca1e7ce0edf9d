namespace Logtrail.Infrastructure.Persistence.Rows;

/// <summary>An <c>admin_audit</c> row (client address as text, details as JSON text).</summary>
public sealed class AdminAuditRow
{
    public Guid Id { get; init; }

    public DateTime Time { get; init; }

    public string Actor { get; init; } = "";

    public Guid? TokenId { get; init; }

    public string Action { get; init; } = "";

    public string Target { get; init; } = "";

    public string? ClientIp { get; init; }

    public string Details { get; init; } = "{}";
}
