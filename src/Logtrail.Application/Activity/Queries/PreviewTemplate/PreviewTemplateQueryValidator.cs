using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Activity.Queries.PreviewTemplate;

public sealed class PreviewTemplateQueryValidator : AbstractValidator<PreviewTemplateQuery>
{
    public PreviewTemplateQueryValidator()
    {
        RuleFor(query => query.Action).ValidAction();
        RuleFor(query => query.Environment).NotEmpty().KnownEnvironment();
        RuleFor(query => query.Template).ValidTemplate();
        RuleFor(query => query.Limit).InclusiveBetween(1, PreviewTemplateQuery.MaxLimit);
    }
}
