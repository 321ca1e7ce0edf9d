using FluentValidation;
using Logtrail.Application.Activity.Queries.GetActivity;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Projects.Commands.EraseActorLogs;

public sealed class EraseActorLogsCommandValidator : AbstractValidator<EraseActorLogsCommand>
{
    public EraseActorLogsCommandValidator()
    {
        RuleFor(command => command.ActorId).NotEmpty().MaximumLength(GetActivityQueryValidator.MaxIdLength).OverridePropertyName("actor_id");
        RuleFor(command => command.Environment).KnownEnvironment().When(command => command.Environment is not null);
    }
}
