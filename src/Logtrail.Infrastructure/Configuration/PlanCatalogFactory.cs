using Logtrail.Domain.Plans;
using Microsoft.Extensions.Configuration;

namespace Logtrail.Infrastructure.Configuration;

/// <summary>Builds the deployment's <see cref="PlanCatalog"/>: SPEC §6's defaults with <c>Logtrail:Plans</c> laid over them.</summary>
public static class PlanCatalogFactory
{
    public const string SectionName = "Logtrail:Plans";

    public static PlanCatalog FromConfiguration(IConfiguration configuration)
    {
        var overrides = configuration.GetSection(SectionName).Get<Dictionary<string, PlanSettings>>() ?? [];
        var plans = DefaultPlans.All.ToDictionary(plan => plan.Code, StringComparer.Ordinal);
        foreach (var (code, settings) in overrides)
        {
            plans[code] = Apply(code, plans.GetValueOrDefault(code), settings);
        }

        return new PlanCatalog(plans.Values);
    }

    private static Plan Apply(string code, Plan? baseline, PlanSettings settings)
    {
        var plan = new Plan(
            code,
            settings.Name ?? baseline?.Name ?? code,
            settings.Unlimited == true ? null : settings.LogsPerMonth ?? baseline?.LogsPerMonth ?? Required<long>(code, nameof(settings.LogsPerMonth)),
            settings.RetentionDays ?? baseline?.RetentionDays ?? Required<int>(code, nameof(settings.RetentionDays)),
            settings.RequestsPerMinute ?? baseline?.RequestsPerMinute ?? Required<int>(code, nameof(settings.RequestsPerMinute)),
            settings.MaxLogSizeBytes ?? baseline?.MaxLogSizeBytes ?? Required<int>(code, nameof(settings.MaxLogSizeBytes)),
            settings.MaxBatchSize ?? baseline?.MaxBatchSize ?? Required<int>(code, nameof(settings.MaxBatchSize)),
            settings.MaxMetadataDepth ?? baseline?.MaxMetadataDepth ?? Required<int>(code, nameof(settings.MaxMetadataDepth)),
            settings.MaxTags ?? baseline?.MaxTags ?? Required<int>(code, nameof(settings.MaxTags)));

        if (plan.LogsPerMonth <= 0 || plan.RetentionDays <= 0 || plan.RequestsPerMinute <= 0 || plan.MaxLogSizeBytes <= 0
            || plan.MaxBatchSize <= 0 || plan.MaxMetadataDepth <= 0 || plan.MaxTags < 0)
        {
            throw new InvalidOperationException($"{SectionName}:{code} has a figure that is not positive.");
        }

        return plan;
    }

    private static T Required<T>(string code, string setting) =>
        throw new InvalidOperationException($"{SectionName}:{code}:{setting} is required for a plan that is not a default one.");
}
