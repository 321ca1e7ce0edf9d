namespace Logtrail.Application.Common.Errors;

/// <summary>
/// The families of failure the contract distinguishes (SPEC §3). The API layer maps each to one HTTP status,
/// <c>error.code</c> and <c>error.type</c>; nothing below it knows about HTTP.
/// </summary>
public enum ErrorKind
{
    Unauthenticated,
    Forbidden,
    EnvironmentMismatch,
    InvalidRequest,
    UnsupportedMediaType,
    PayloadTooLarge,
    NotFound,
    MethodNotAllowed,
    Conflict,
    IdempotencyConflict,
    RateLimited,
    QuotaExceeded,
    UriTooLong,
    HeadersTooLarge,
    Internal,
    Unavailable,
}
