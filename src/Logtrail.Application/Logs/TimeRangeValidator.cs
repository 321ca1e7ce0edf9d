using FluentValidation;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Validation;
using Logtrail.Domain.Common;

namespace Logtrail.Application.Logs;

/// <summary>Rules of <see cref="ITimeRange"/>: RFC 3339 bounds (without an offset, UTC), and <c>from</c> not after <c>to</c> (VALIDATION_QUERY_TIME_RANGE).</summary>
public sealed class TimeRangeValidator : AbstractValidator<ITimeRange>
{
    public TimeRangeValidator()
    {
        RuleFor(range => range.From).QueryInstant().WithMessage("'from' must be an RFC 3339 timestamp (without an offset it is read as UTC).");
        RuleFor(range => range.To).QueryInstant().WithMessage("'to' must be an RFC 3339 timestamp (without an offset it is read as UTC).");
        RuleFor(range => range)
            .Must(range => !(Rfc3339.TryParseQueryValue(range.From, out var from) && Rfc3339.TryParseQueryValue(range.To, out var to) && from > to))
            .OverridePropertyName("from")
            .WithErrorCode(ErrorCodes.QueryTimeRange)
            .WithMessage("'from' is after 'to'.");
    }
}
