using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Activity.Queries.ListActions;

public sealed class ListActionsQueryValidator : AbstractValidator<ListActionsQuery>
{
    public ListActionsQueryValidator()
    {
        RuleFor(query => query.Environment).KnownEnvironment().When(query => query.Environment is not null);
    }
}
