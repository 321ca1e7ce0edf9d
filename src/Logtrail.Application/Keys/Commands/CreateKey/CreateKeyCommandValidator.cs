using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Keys.Commands.CreateKey;

public sealed class CreateKeyCommandValidator : AbstractValidator<CreateKeyCommand>
{
    public CreateKeyCommandValidator(TimeProvider clock)
    {
        RuleFor(command => command.Name).ValidName();
        RuleFor(command => command.Environment).KnownEnvironment();
        RuleFor(command => command.Type).KnownKeyType();
        RuleFor(command => command.ExpiresAt).InTheFuture(clock);
    }
}
