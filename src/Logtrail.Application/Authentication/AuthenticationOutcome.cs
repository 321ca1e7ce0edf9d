using System.Diagnostics.CodeAnalysis;
using Logtrail.Application.Common.Errors;

namespace Logtrail.Application.Authentication;

/// <summary>The result of checking a credential: who the caller is, or which 401 to answer.</summary>
public sealed class AuthenticationOutcome<TCaller>
    where TCaller : class
{
    private AuthenticationOutcome(TCaller? caller, string? errorCode, string? message)
    {
        Caller = caller;
        ErrorCode = errorCode;
        Message = message;
    }

    public TCaller? Caller { get; }

    public string? ErrorCode { get; }

    public string? Message { get; }

    [MemberNotNullWhen(true, nameof(Caller))]
    [MemberNotNullWhen(false, nameof(ErrorCode), nameof(Message))]
    public bool Succeeded => Caller is not null;

    public static AuthenticationOutcome<TCaller> Success(TCaller caller) => new(caller, null, null);

    public static AuthenticationOutcome<TCaller> Missing(string credential) =>
        new(null, ErrorCodes.MissingApiKey, $"No {credential} was given.");

    public static AuthenticationOutcome<TCaller> Invalid(string credential) =>
        new(null, ErrorCodes.InvalidApiKey, $"The {credential} is not valid.");

    public static AuthenticationOutcome<TCaller> Expired(string credential) =>
        new(null, ErrorCodes.ApiKeyExpired, $"The {credential} has expired.");
}
