using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.AdminTokens.Commands.CreateAdminToken;

public sealed class CreateAdminTokenCommandValidator : AbstractValidator<CreateAdminTokenCommand>
{
    public CreateAdminTokenCommandValidator(TimeProvider clock)
    {
        RuleFor(command => command.Name).ValidName();
        RuleFor(command => command.ExpiresAt).InTheFuture(clock);
    }
}
