using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Keys.Commands.PurgeKeyLogs;

public sealed class PurgeKeyLogsCommandValidator : AbstractValidator<PurgeKeyLogsCommand>
{
    public PurgeKeyLogsCommandValidator()
    {
        RuleFor(command => command.From).Rfc3339();
        RuleFor(command => command.To).Rfc3339();
    }
}
