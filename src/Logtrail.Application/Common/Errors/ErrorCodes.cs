namespace Logtrail.Application.Common.Errors;

/// <summary>
/// The contract's <c>error_code</c> values. On the data API only the official document's enum is used (clients
/// generated from it cannot read any other value); finer distinctions travel in <c>details.reason</c>
/// (<see cref="ErrorReasons"/>). <see cref="NotFound"/> and <see cref="KeyRevoked"/> are the admin API's own.
/// </summary>
public static class ErrorCodes
{
    public const string MissingApiKey = "AUTH_MISSING_API_KEY";
    public const string InvalidApiKey = "AUTH_INVALID_API_KEY";
    public const string ApiKeyExpired = "AUTH_API_KEY_EXPIRED";
    public const string ScopeMismatch = "AUTH_API_KEY_SCOPE_MISMATCH";
    public const string InvalidJson = "VALIDATION_INVALID_JSON";
    public const string EmptyBody = "VALIDATION_EMPTY_BODY";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string InvalidRequest = "VALIDATION_INVALID_REQUEST";
    public const string InvalidEnvironment = "VALIDATION_INVALID_ENVIRONMENT";
    public const string BulkLimitExceeded = "VALIDATION_BULK_LIMIT_EXCEEDED";
    public const string QuerySyntax = "VALIDATION_QUERY_SYNTAX";
    public const string QueryInvalid = "VALIDATION_QUERY_INVALID";
    public const string QueryConstraint = "VALIDATION_QUERY_CONSTRAINT";
    public const string QueryTimeRange = "VALIDATION_QUERY_TIME_RANGE";
    public const string InvalidContentType = "VALIDATION_INVALID_CONTENT_TYPE";
    public const string LogNotFound = "LOG_NOT_FOUND";
    public const string NotFound = "NOT_FOUND";
    public const string KeyRevoked = "KEY_REVOKED";
    public const string AdminTokenRevoked = "ADMIN_TOKEN_REVOKED";
    public const string LastAdminToken = "LAST_ADMIN_TOKEN";
    public const string RateLimitPlanExceeded = "RATE_LIMIT_PLAN_EXCEEDED";
    public const string RateLimitIpExceeded = "RATE_LIMIT_IP_EXCEEDED";
    public const string RateLimitValidateExceeded = "RATE_LIMIT_VALIDATE_EXCEEDED";
    public const string MonthlyLogLimitExceeded = "QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string LogServiceUnavailable = "INTERNAL_LOG_SERVICE_ERROR";
}
