using FluentValidation;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Plans;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Common.Validation;

/// <summary>Rules several validators share, so each is written once.</summary>
public static class ValidationRules
{
    public const int MaxNameLength = 200;

    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(MaxNameLength);

    public static IRuleBuilderOptions<T, string?> KnownEnvironment<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => DeploymentEnvironments.TryParse(value, out _))
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", DeploymentEnvironments.All.Select(e => e.ToWireName()))}.");

    public static IRuleBuilderOptions<T, string?> KnownKeyType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => KeyTypes.TryParse(value, out _))
            .WithMessage($"'{{PropertyName}}' must be one of {KeyTypes.ReadOnly}, {KeyTypes.WriteOnly}, {KeyTypes.ReadWrite}.");

    public static IRuleBuilderOptions<T, string?> KnownPlan<T>(this IRuleBuilder<T, string?> rule, PlanCatalog plans) =>
        rule.Must(plans.Contains)
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", plans.Plans.Select(p => p.Code))}.");

    public static IRuleBuilderOptions<T, DateTimeOffset?> InTheFuture<T>(this IRuleBuilder<T, DateTimeOffset?> rule, TimeProvider clock) =>
        rule.Must(instant => instant is null || instant > clock.GetUtcNow())
            .WithMessage("'{PropertyName}' must be in the future.");
}
