namespace Logtrail.Application.AdminTokens;

/// <summary>A token as created or rotated: the only response that carries the secret.</summary>
public sealed record CreatedAdminTokenDto : AdminTokenDto
{
    public required string Token { get; init; }
}
