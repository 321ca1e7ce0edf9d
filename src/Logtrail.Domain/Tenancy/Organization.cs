namespace Logtrail.Domain.Tenancy;

/// <summary>Owns projects (SPEC §1).</summary>
public sealed record Organization(Guid Id, string Name, DateTimeOffset CreatedAt);
