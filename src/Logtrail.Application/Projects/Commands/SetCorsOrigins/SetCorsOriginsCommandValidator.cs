using FluentValidation;
using Logtrail.Application.Projects.CorsOrigins;

namespace Logtrail.Application.Projects.Commands.SetCorsOrigins;

public sealed class SetCorsOriginsCommandValidator : AbstractValidator<SetCorsOriginsCommand>
{
    public SetCorsOriginsCommandValidator()
    {
        RuleFor(command => command.Origins)
            .NotNull()
            .OverridePropertyName("origins")
            .WithMessage("'origins' is required: an array of origins such as https://app.example.com (empty to allow none).");
        RuleFor(command => command.Origins)
            .Must(origins => origins is null || origins.Count <= SetCorsOriginsCommand.MaxOrigins)
            .OverridePropertyName("origins")
            .WithMessage($"At most {SetCorsOriginsCommand.MaxOrigins} origins.");
        RuleForEach(command => command.Origins ?? Array.Empty<string?>())
            .Must(text => BrowserOrigin.TryNormalize(text, out _))
            .OverridePropertyName("origins")
            .WithMessage("Each origin is scheme://host[:port] with scheme http or https, and nothing after it (no path, not even '/').");
    }
}
