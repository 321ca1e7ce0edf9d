using FluentValidation;
using Logtrail.Application.Logs;

namespace Logtrail.Application.Keys.Queries.GetKeyActivity;

public sealed class GetKeyActivityQueryValidator : AbstractValidator<GetKeyActivityQuery>
{
    public GetKeyActivityQueryValidator()
    {
        Include(new LogWindowValidator());
    }
}
