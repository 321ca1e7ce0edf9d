using System.Diagnostics.CodeAnalysis;

namespace Logtrail.Domain.Tenancy;

/// <summary>Wire names of <see cref="DeploymentEnvironment"/>: lower-case, exactly as the contract spells them.</summary>
public static class DeploymentEnvironments
{
    public const string Development = "development";
    public const string Staging = "staging";
    public const string Production = "production";

    public static IReadOnlyList<DeploymentEnvironment> All { get; } =
        [DeploymentEnvironment.Development, DeploymentEnvironment.Staging, DeploymentEnvironment.Production];

    public static string ToWireName(this DeploymentEnvironment environment) => environment switch
    {
        DeploymentEnvironment.Development => Development,
        DeploymentEnvironment.Staging => Staging,
        DeploymentEnvironment.Production => Production,
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "Unknown environment."),
    };

    /// <summary>Parses a wire name. Case-sensitive, as the contract's enum is.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out DeploymentEnvironment? environment)
    {
        environment = value switch
        {
            Development => DeploymentEnvironment.Development,
            Staging => DeploymentEnvironment.Staging,
            Production => DeploymentEnvironment.Production,
            _ => null,
        };
        return environment is not null;
    }

    public static DeploymentEnvironment Parse(string value) =>
        TryParse(value, out var environment)
            ? environment.Value
            : throw new FormatException($"'{value}' is not an environment.");
}
