using FluentValidation;

namespace Logtrail.Application.Logs.Commands.IngestLog;

public sealed class IngestLogCommandValidator : AbstractValidator<IngestLogCommand>
{
    public IngestLogCommandValidator(LogValidation logs)
    {
        RuleFor(command => command.Log).Custom(logs.Check);
    }
}
