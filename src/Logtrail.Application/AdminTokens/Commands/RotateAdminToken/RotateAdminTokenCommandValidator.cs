using FluentValidation;

namespace Logtrail.Application.AdminTokens.Commands.RotateAdminToken;

public sealed class RotateAdminTokenCommandValidator : AbstractValidator<RotateAdminTokenCommand>
{
    public RotateAdminTokenCommandValidator() =>
        RuleFor(command => command.GracePeriodSeconds).InclusiveBetween(0, (int)RotateAdminTokenCommand.MaxGracePeriod.TotalSeconds);
}
