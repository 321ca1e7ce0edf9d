using FluentValidation;
using FluentValidation.Results;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Logs;

/// <summary>Runs <see cref="LogRules"/> inside a FluentValidation rule, against the calling key's plan.</summary>
public sealed class LogValidation(ICallerContext caller, PlanCatalog plans, TimeProvider clock)
{
    public Plan CallerPlan => plans.For(caller.RequireKey());

    public void Check<T>(LogInput log, int? logIndex, ValidationContext<T> context)
    {
        var errors = new List<FieldError>();
        LogRules.Check(log, logIndex, CallerPlan, clock.GetUtcNow(), errors);
        foreach (var error in errors)
        {
            context.AddFailure(new ValidationFailure(error.Field, error.Message) { CustomState = error.LogIndex });
        }
    }
}
