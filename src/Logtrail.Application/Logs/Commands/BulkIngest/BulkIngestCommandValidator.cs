using FluentValidation;
using FluentValidation.Results;
using Logtrail.Application.Common.Errors;

namespace Logtrail.Application.Logs.Commands.BulkIngest;

public sealed class BulkIngestCommandValidator : AbstractValidator<BulkIngestCommand>
{
    public BulkIngestCommandValidator(LogValidation logs)
    {
        RuleFor(command => command.Logs).Custom((batch, context) =>
        {
            var maxBatchSize = logs.CallerPlan.MaxBatchSize;
            if (batch.Count == 0 || batch.Count > maxBatchSize)
            {
                context.AddFailure(new ValidationFailure("", $"A bulk request carries 1 to {maxBatchSize} logs; this one has {batch.Count}.")
                {
                    ErrorCode = ErrorCodes.BulkLimitExceeded,
                });
                return;
            }

            for (var index = 0; index < batch.Count; index++)
            {
                logs.Check(batch[index], index, context);
            }
        });
    }
}
