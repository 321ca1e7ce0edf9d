namespace Logtrail.Api.Errors;

/// <summary>
/// The error body of SPEC §3: a superset of the three error shapes the public Logtrail docs use
/// (<c>error_code</c>/<c>message</c>/<c>request_id</c>/<c>details</c>, and the nested <c>error</c> object).
/// </summary>
public sealed record ErrorResponse(
    string ErrorCode, string Message, string RequestId, IReadOnlyDictionary<string, object?> Details, ErrorObject Error);

/// <summary>The nested <c>error</c> object: <c>type</c> by status, <c>code</c> by kind, <c>param</c> when one field is at fault.</summary>
public sealed record ErrorObject(string Type, string Code, string Message, string? Param);
