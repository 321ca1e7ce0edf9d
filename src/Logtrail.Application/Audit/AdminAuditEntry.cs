namespace Logtrail.Application.Audit;

/// <summary>One recorded admin action: when, by which admin token, from which address, what, on what.</summary>
public sealed record AdminAuditEntry(
    Guid Id,
    DateTimeOffset Time,
    Guid TokenId,
    string Action,
    string Target,
    string? ClientIp,
    IReadOnlyDictionary<string, object?> Details);
