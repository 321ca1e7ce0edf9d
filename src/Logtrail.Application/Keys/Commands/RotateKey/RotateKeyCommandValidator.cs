using FluentValidation;
using Logtrail.Application.Common.Validation;
using Logtrail.Domain.Keys;

namespace Logtrail.Application.Keys.Commands.RotateKey;

public sealed class RotateKeyCommandValidator : AbstractValidator<RotateKeyCommand>
{
    public RotateKeyCommandValidator(TimeProvider clock)
    {
        RuleFor(command => command.GracePeriodSeconds)
            .InclusiveBetween(0, (int)ApiKey.MaxRotationGrace.TotalSeconds);
        RuleFor(command => command.ExpiresAt).InTheFuture(clock);
    }
}
