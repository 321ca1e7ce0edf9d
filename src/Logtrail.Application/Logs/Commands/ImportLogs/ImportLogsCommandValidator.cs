using FluentValidation;
using Logtrail.Application.Common.Validation;

namespace Logtrail.Application.Logs.Commands.ImportLogs;

public sealed class ImportLogsCommandValidator : AbstractValidator<ImportLogsCommand>
{
    public ImportLogsCommandValidator()
    {
        RuleFor(command => command.Environment).NotEmpty().KnownEnvironment().OverridePropertyName("environment");
        RuleFor(command => command.BatchSize).GreaterThan(0);
    }
}
