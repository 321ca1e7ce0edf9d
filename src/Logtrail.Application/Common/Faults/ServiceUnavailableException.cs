using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Application.Common.Faults;

/// <summary>503 INTERNAL_LOG_SERVICE_ERROR: the database cannot do the work now; retry after <see cref="RetryAfter"/>.</summary>
public sealed class ServiceUnavailableException(TimeSpan retryAfter)
    : LogtrailException(
        ErrorKind.Unavailable,
        ErrorCodes.LogServiceUnavailable,
        "The log service cannot reach its database right now; retry after the Retry-After delay.",
        reason: ErrorReasons.DatabaseUnavailable)
{
    public override TimeSpan? RetryAfter { get; } = retryAfter;
}
