namespace Logtrail.Application.Common.Errors;

/// <summary>
/// <c>details.reason</c>: what an official <c>error_code</c> means in a given answer, where the code alone is too
/// coarse (an environment mismatch is a scope mismatch; a too-large body is an invalid request).
/// </summary>
public static class ErrorReasons
{
    public const string EnvironmentMismatch = "environment_mismatch";
    public const string PayloadTooLarge = "payload_too_large";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string IdempotencyRequestInProgress = "idempotency_request_in_progress";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string UriTooLong = "uri_too_long";
    public const string HeadersTooLarge = "request_headers_too_large";
    public const string BadRequest = "bad_request";
    public const string DatabaseUnavailable = "database_unavailable";
    public const string TooManyTailsOnInstance = "too_many_tails_on_instance";
    public const string WriteTooSlow = "write_too_slow";
}
