using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Activity.Commands.SaveAction;

public sealed class SaveActionCommandValidator : AbstractValidator<SaveActionCommand>
{
    public const int MaxDescriptionLength = 1_000;

    public SaveActionCommandValidator()
    {
        RuleFor(command => command.Action).ValidAction();
        RuleFor(command => command.IsPublic).NotNull().OverridePropertyName("is_public");
        RuleFor(command => command.Template).ValidTemplate();
        RuleFor(command => command.Description).MaximumLength(MaxDescriptionLength);
    }
}
