namespace Logtrail.Application.Audit;

/// <summary>
/// Who made an admin change: an admin token (<c>token</c>, with its id), the operator's recovery command on the
/// service's host (<c>cli</c>) or the service's own start-up bootstrap (<c>bootstrap</c>).
/// </summary>
public sealed record AdminActor(string Kind, Guid? TokenId)
{
    public static AdminActor Cli { get; } = new("cli", null);

    public static AdminActor Bootstrap { get; } = new("bootstrap", null);

    public static AdminActor Token(Guid tokenId) => new("token", tokenId);
}
