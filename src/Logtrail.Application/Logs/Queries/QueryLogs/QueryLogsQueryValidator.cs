using FluentValidation;
using Logtrail.Application.Common.Errors;
using Logtrail.Domain.Common;

namespace Logtrail.Application.Logs.Queries.QueryLogs;

public sealed class QueryLogsQueryValidator : AbstractValidator<QueryLogsQuery>
{
    public QueryLogsQueryValidator()
    {
        Include(new LogWindowValidator());
        RuleFor(query => query)
            .Must(query => !(Rfc3339.TryParse(query.From, out var from) && Rfc3339.TryParse(query.To, out var to) && from > to))
            .OverridePropertyName("from")
            .WithErrorCode(ErrorCodes.QueryTimeRange)
            .WithMessage("'from' is after 'to'.");
    }
}
