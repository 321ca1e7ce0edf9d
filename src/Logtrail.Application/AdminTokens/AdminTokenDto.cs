namespace Logtrail.Application.AdminTokens;

/// <summary>An admin token as the admin API shows it: never the secret.</summary>
public record AdminTokenDto
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Prefix { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }
}
