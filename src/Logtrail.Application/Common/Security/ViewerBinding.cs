namespace Logtrail.Application.Common.Security;

/// <summary>
/// What a viewer token allows: the public activity of one actor or one target (exactly one of the two ids), in the
/// minting key's project and environment.
/// </summary>
public sealed record ViewerBinding(Guid TokenId, string? ActorId, string? TargetId);
