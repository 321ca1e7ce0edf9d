namespace Logtrail.Infrastructure.Persistence.Rows;

public sealed class AdminTokenRow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string Prefix { get; init; } = "";

    public byte[] TokenHash { get; init; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public DateTime? RevokedAt { get; init; }
}
