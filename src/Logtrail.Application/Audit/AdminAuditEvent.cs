namespace Logtrail.Application.Audit;

/// <summary>What an admin action did, as the audit trail records it: e.g. <c>key.revoked</c> on <c>key:{id}</c>.</summary>
public sealed record AdminAuditEvent(string Action, string Target, IReadOnlyDictionary<string, object?>? Details = null);
