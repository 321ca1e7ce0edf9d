using Logtrail.Application.Common.Errors;

namespace Logtrail.Api.Errors;

/// <summary>How an <see cref="ErrorKind"/> appears over HTTP: status, <c>error.code</c> and <c>error.type</c> (SPEC §3).</summary>
public sealed record ErrorStatus(int StatusCode, string Code, string Type)
{
    public static ErrorStatus Of(ErrorKind kind) => kind switch
    {
        ErrorKind.Unauthenticated => new(StatusCodes.Status401Unauthorized, "unauthorized", "authentication_error"),
        ErrorKind.Forbidden => new(StatusCodes.Status403Forbidden, "forbidden", "permission_error"),
        ErrorKind.EnvironmentMismatch => new(StatusCodes.Status403Forbidden, "environment_mismatch", "permission_error"),
        ErrorKind.InvalidRequest => new(StatusCodes.Status400BadRequest, "invalid_request", "invalid_request_error"),
        ErrorKind.UnsupportedMediaType => new(StatusCodes.Status415UnsupportedMediaType, "invalid_request", "invalid_request_error"),
        ErrorKind.PayloadTooLarge => new(StatusCodes.Status413PayloadTooLarge, "payload_too_large", "invalid_request_error"),
        ErrorKind.NotFound => new(StatusCodes.Status404NotFound, "not_found", "invalid_request_error"),
        ErrorKind.MethodNotAllowed => new(StatusCodes.Status405MethodNotAllowed, "method_not_allowed", "invalid_request_error"),
        ErrorKind.Conflict => new(StatusCodes.Status409Conflict, "conflict", "invalid_request_error"),
        ErrorKind.IdempotencyConflict => new(StatusCodes.Status409Conflict, "idempotency_conflict", "idempotency_error"),
        ErrorKind.RateLimited => new(StatusCodes.Status429TooManyRequests, "rate_limit_exceeded", "rate_limit_error"),
        ErrorKind.QuotaExceeded => new(StatusCodes.Status429TooManyRequests, "monthly_log_limit_exceeded", "rate_limit_error"),
        ErrorKind.UriTooLong => new(StatusCodes.Status414UriTooLong, "invalid_request", "invalid_request_error"),
        ErrorKind.HeadersTooLarge => new(StatusCodes.Status431RequestHeaderFieldsTooLarge, "invalid_request", "invalid_request_error"),
        ErrorKind.Internal => new(StatusCodes.Status500InternalServerError, "internal_error", "api_error"),
        ErrorKind.Unavailable => new(StatusCodes.Status503ServiceUnavailable, "service_unavailable", "api_error"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unmapped error kind."),
    };
}
