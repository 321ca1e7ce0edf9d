using FluentValidation;

namespace Logtrail.Application.Logs.Queries.QueryLogs;

public sealed class QueryLogsQueryValidator : AbstractValidator<QueryLogsQuery>
{
    public QueryLogsQueryValidator() => Include(new LogWindowValidator(cursorFoundById: true));
}
