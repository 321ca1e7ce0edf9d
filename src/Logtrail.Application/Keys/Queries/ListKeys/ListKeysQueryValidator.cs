using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Keys.Queries.ListKeys;

public sealed class ListKeysQueryValidator : AbstractValidator<ListKeysQuery>
{
    public ListKeysQueryValidator()
    {
        RuleFor(query => query.Environment).KnownEnvironment().When(query => query.Environment is not null);
    }
}
