namespace Logtrail.Application.Keys;

/// <summary>A key as the admin API shows it: never the secret.</summary>
public record KeyDto
{
    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string Name { get; init; }

    public required string Environment { get; init; }

    public required string Type { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required string Prefix { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }
}
