using FluentValidation;
using Logtrail.Application.Common.Validation;
using Logtrail.Domain.Common;

namespace Logtrail.Application.Keys.Commands.PurgeKeyLogs;

public sealed class PurgeKeyLogsCommandValidator : AbstractValidator<PurgeKeyLogsCommand>
{
    public PurgeKeyLogsCommandValidator()
    {
        RuleFor(command => command.From).Rfc3339();
        RuleFor(command => command.To).Rfc3339();
        RuleFor(command => command)
            .Must(command => Rfc3339.ParseOrNull(command.From) is not { } from || Rfc3339.ParseOrNull(command.To) is not { } to || from < to)
            .OverridePropertyName("from")
            .WithMessage("'from' must be before 'to'.");
    }
}
