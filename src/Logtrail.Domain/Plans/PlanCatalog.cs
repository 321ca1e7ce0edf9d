using System.Diagnostics.CodeAnalysis;

namespace Logtrail.Domain.Plans;

/// <summary>The plans this deployment offers, by code.</summary>
public sealed class PlanCatalog
{
    private readonly Dictionary<string, Plan> _plansByCode;

    public PlanCatalog(IEnumerable<Plan> plans)
    {
        _plansByCode = plans.ToDictionary(plan => plan.Code, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<Plan> Plans => _plansByCode.Values;

    public bool Contains(string? code) => code is not null && _plansByCode.ContainsKey(code);

    public bool TryGet(string code, [NotNullWhen(true)] out Plan? plan) => _plansByCode.TryGetValue(code, out plan);

    /// <summary>The plan of a stored project; a stored code that configuration no longer offers is a deployment error.</summary>
    public Plan Get(string code) =>
        _plansByCode.TryGetValue(code, out var plan)
            ? plan
            : throw new InvalidOperationException($"Plan '{code}' is not configured.");
}
