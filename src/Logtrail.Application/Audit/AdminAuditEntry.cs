namespace Logtrail.Application.Audit;

/// <summary>
/// One recorded admin action: when, by whom (<see cref="Actor"/>: <c>token</c> with <see cref="TokenId"/>, <c>cli</c> or
/// <c>bootstrap</c>), from which address, what, on what.
/// </summary>
public sealed record AdminAuditEntry(
    Guid Id,
    DateTimeOffset Time,
    string Actor,
    Guid? TokenId,
    string Action,
    string Target,
    string? ClientIp,
    IReadOnlyDictionary<string, object?> Details)
{
    public static AdminAuditEntry Of(AdminActor actor, AdminAuditEvent happened, string? clientIp, DateTimeOffset time) => new(
        Guid.CreateVersion7(), time, actor.Kind, actor.TokenId, happened.Action, happened.Target, clientIp, happened.Details ?? new Dictionary<string, object?>());
}
