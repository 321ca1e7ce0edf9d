using FluentValidation;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Validation;
using Logtrail.Domain.Common;

namespace Logtrail.Application.Logs;

/// <summary>Rules of <see cref="ITimeRange"/>: RFC 3339 bounds, and <c>from</c> not after <c>to</c> (VALIDATION_QUERY_TIME_RANGE).</summary>
public sealed class TimeRangeValidator : AbstractValidator<ITimeRange>
{
    public TimeRangeValidator()
    {
        RuleFor(range => range.From).Rfc3339().WithMessage("'from' must be an RFC 3339 timestamp.");
        RuleFor(range => range.To).Rfc3339().WithMessage("'to' must be an RFC 3339 timestamp.");
        RuleFor(range => range)
            .Must(range => !(Rfc3339.TryParse(range.From, out var from) && Rfc3339.TryParse(range.To, out var to) && from > to))
            .OverridePropertyName("from")
            .WithErrorCode(ErrorCodes.QueryTimeRange)
            .WithMessage("'from' is after 'to'.");
    }
}
