namespace Logtrail.Application.Keys;

/// <summary>The response that creates or rotates a key: the only one that ever carries the full key.</summary>
public sealed record CreatedKeyDto : KeyDto
{
    public required string Key { get; init; }
}
