namespace Logtrail.Api.Authentication;

/// <summary>
/// Why authentication failed, kept on the request until the challenge answers with it; <see cref="DeniedKeyId"/> names
/// a real key refused as revoked or expired.
/// </summary>
public sealed record AuthenticationFailure(string ErrorCode, string Message, Guid? DeniedKeyId = null);
