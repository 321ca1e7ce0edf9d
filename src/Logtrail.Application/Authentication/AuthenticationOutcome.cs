using System.Diagnostics.CodeAnalysis;
using Logtrail.Application.Common.Errors;

namespace Logtrail.Application.Authentication;

/// <summary>
/// The result of checking a credential: who the caller is, or which 401 to answer — and, for a real key refused as
/// revoked or expired, which key it was (its activity records the denial).
/// </summary>
public sealed class AuthenticationOutcome<TCaller>
    where TCaller : class
{
    private AuthenticationOutcome(TCaller? caller, string? errorCode, string? message, Guid? deniedKeyId = null)
    {
        Caller = caller;
        ErrorCode = errorCode;
        Message = message;
        DeniedKeyId = deniedKeyId;
    }

    public TCaller? Caller { get; }

    public string? ErrorCode { get; }

    public string? Message { get; }

    public Guid? DeniedKeyId { get; }

    [MemberNotNullWhen(true, nameof(Caller))]
    [MemberNotNullWhen(false, nameof(ErrorCode), nameof(Message))]
    public bool Succeeded => Caller is not null;

    public static AuthenticationOutcome<TCaller> Success(TCaller caller) => new(caller, null, null);

    public static AuthenticationOutcome<TCaller> Missing(string credential) =>
        new(null, ErrorCodes.MissingApiKey, $"No {credential} was given.");

    public static AuthenticationOutcome<TCaller> Invalid(string credential, Guid? deniedKeyId = null) =>
        new(null, ErrorCodes.InvalidApiKey, $"The {credential} is not valid.", deniedKeyId);

    /// <summary>A refusal that tells the caller how to present the credential instead (never the credential itself).</summary>
    public static AuthenticationOutcome<TCaller> InvalidWithHint(string credential, string hint) =>
        new(null, ErrorCodes.InvalidApiKey, $"The {credential} is not valid. {hint}");

    public static AuthenticationOutcome<TCaller> Expired(string credential, Guid? deniedKeyId = null) =>
        new(null, ErrorCodes.ApiKeyExpired, $"The {credential} has expired.", deniedKeyId);
}
