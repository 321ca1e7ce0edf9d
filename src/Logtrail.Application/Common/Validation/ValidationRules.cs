using FluentValidation;
using Logtrail.Domain.Activity;
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

    /// <summary>An activity template (SPEC §7) that parses; the message gives the character position of the first error.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ValidTemplate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((template, context) =>
        {
            if (template is not null && !ActivityTemplate.TryParse(template, out _, out var error))
            {
                context.AddFailure(context.PropertyPath, $"The template is invalid at character {error.Position}: {error.Message}");
            }
        });

    public static IRuleBuilderOptions<T, string?> ValidAction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Logs.Commands.IngestLog.IngestLogRules.MaxActionLength);

    public static IRuleBuilderOptions<T, string?> Rfc3339<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || Domain.Common.Rfc3339.TryParse(text, out _)).WithMessage("'{PropertyName}' must be an RFC 3339 timestamp.");

    /// <summary>An instant of a read window: RFC 3339, or a date and time without an offset (UTC).</summary>
    public static IRuleBuilderOptions<T, string?> QueryInstant<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || Domain.Common.Rfc3339.TryParseQueryValue(text, out _))
            .WithMessage("'{PropertyName}' must be an RFC 3339 timestamp (without an offset it is read as UTC).");

    public static IRuleBuilderOptions<T, DateTimeOffset?> InTheFuture<T>(this IRuleBuilder<T, DateTimeOffset?> rule, TimeProvider clock) =>
        rule.Must(instant => instant is null || instant > clock.GetUtcNow())
            .WithMessage("'{PropertyName}' must be in the future.");
}
