using FluentValidation;

namespace Logtrail.Application.Activity.ViewerTokens.Commands.CreateViewerToken;

public sealed class CreateViewerTokenCommandValidator : AbstractValidator<CreateViewerTokenCommand>
{
    public CreateViewerTokenCommandValidator()
    {
        RuleFor(command => command)
            .Must(command => string.IsNullOrEmpty(command.ActorId) != string.IsNullOrEmpty(command.TargetId))
            .OverridePropertyName("actor_id")
            .WithMessage("Give exactly one of 'actor_id' and 'target_id': a viewer token shows one actor's or one target's activity.");
        RuleFor(command => command.ActorId)
            .MaximumLength(CreateViewerTokenCommand.MaxIdLength)
            .OverridePropertyName("actor_id")
            .WithMessage($"'actor_id' is at most {CreateViewerTokenCommand.MaxIdLength} characters.");
        RuleFor(command => command.TargetId)
            .MaximumLength(CreateViewerTokenCommand.MaxIdLength)
            .OverridePropertyName("target_id")
            .WithMessage($"'target_id' is at most {CreateViewerTokenCommand.MaxIdLength} characters.");
        RuleFor(command => command.TtlSeconds)
            .InclusiveBetween(CreateViewerTokenCommand.MinTtlSeconds, CreateViewerTokenCommand.MaxTtlSeconds)
            .OverridePropertyName("ttl_seconds")
            .WithMessage($"'ttl_seconds' is {CreateViewerTokenCommand.MinTtlSeconds} to {CreateViewerTokenCommand.MaxTtlSeconds} (default {CreateViewerTokenCommand.DefaultTtlSeconds}).");
    }
}
