namespace Logtrail.Domain.Tenancy;

/// <summary>One of the three environments every project has (SPEC §1).</summary>
public enum DeploymentEnvironment
{
    Development,
    Staging,
    Production,
}
