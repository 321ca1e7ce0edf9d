namespace Logtrail.Application.Authentication;

/// <summary>A stored operator token for the admin API: hash and display prefix only.</summary>
public sealed record AdminToken(Guid Id, string Name, string Prefix, byte[] TokenHash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
