using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Application.Usage;

/// <summary>429 QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED: the request would take the project past its monthly limit and grace.</summary>
public sealed class MonthlyQuotaExceededException(long limit, long used, int incoming, TimeSpan untilReset)
    : LogtrailException(
        ErrorKind.QuotaExceeded,
        ErrorCodes.MonthlyLogLimitExceeded,
        $"Storing {incoming} more log(s) would exceed this project's monthly limit of {limit} logs and its grace ({used} used). "
        + "Usage resets at 00:00 UTC on the 1st; nothing from this request was stored.")
{
    public override TimeSpan? RetryAfter => untilReset;

    public override IReadOnlyDictionary<string, object?> Details { get; } =
        new Dictionary<string, object?> { ["limit"] = limit, ["used"] = used, ["requested"] = incoming };
}
