namespace Logtrail.Api.Authentication;

/// <summary>Why authentication failed, kept on the request until the challenge answers with it.</summary>
public sealed record AuthenticationFailure(string ErrorCode, string Message);
