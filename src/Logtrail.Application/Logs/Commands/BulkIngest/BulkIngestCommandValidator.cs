using FluentValidation;

namespace Logtrail.Application.Logs.Commands.BulkIngest;

public sealed class BulkIngestCommandValidator : AbstractValidator<BulkIngestCommand>
{
    public BulkIngestCommandValidator(LogValidation logs)
    {
        RuleFor(command => command.Logs).Custom(logs.CheckBatch);
    }
}
