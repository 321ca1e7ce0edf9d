namespace Logtrail.Infrastructure.Persistence.Rows;

/// <summary>An <c>api_keys</c> row as Dapper reads it (timestamps as UTC <see cref="DateTime"/>).</summary>
public class ApiKeyRow
{
    public Guid Id { get; init; }

    public Guid ProjectId { get; init; }

    public string Environment { get; init; } = "";

    public string Type { get; init; } = "";

    public string Name { get; init; } = "";

    public string Prefix { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public DateTime? RevokedAt { get; init; }

    public DateTime? LastUsedAt { get; init; }
}
