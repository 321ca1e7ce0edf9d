using FluentValidation;
using FluentValidation.Results;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Commands.IngestLog;
using Logtrail.Application.Logs.Parsing;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Logs;

/// <summary>
/// Runs <see cref="IngestLogRules"/> inside a FluentValidation rule, against the calling key's plan and the time of the
/// request (both looked up once per request, not once per log).
/// </summary>
public sealed class LogValidation(ICallerContext caller, PlanCatalog plans, TimeProvider clock)
{
    /// <summary>One log; its problems carry no index.</summary>
    public void Check<T>(ParsedLog log, ValidationContext<T> context) =>
        Report(context, errors => IngestLogRules.Check(log, logIndex: null, plans.For(caller.RequireKey()), clock.GetUtcNow(), errors));

    /// <summary>A batch: its size first (VALIDATION_BULK_LIMIT_EXCEEDED), then every log with its index.</summary>
    public void CheckBatch<T>(IReadOnlyList<ParsedLog> logs, ValidationContext<T> context)
    {
        var plan = plans.For(caller.RequireKey());
        if (IngestLogRules.BatchSizeProblem(logs.Count, plan) is { } problem)
        {
            context.AddFailure(new ValidationFailure("", problem) { ErrorCode = ErrorCodes.BulkLimitExceeded });
            return;
        }

        var now = clock.GetUtcNow();
        Report(context, errors =>
        {
            for (var index = 0; index < logs.Count; index++)
            {
                IngestLogRules.Check(logs[index], index, plan, now, errors);
            }
        });
    }

    private static void Report<T>(ValidationContext<T> context, Action<List<FieldError>> check)
    {
        var errors = new List<FieldError>();
        check(errors);
        foreach (var error in errors)
        {
            context.AddFailure(new ValidationFailure(error.Field, error.Message) { CustomState = error.LogIndex });
        }
    }
}
