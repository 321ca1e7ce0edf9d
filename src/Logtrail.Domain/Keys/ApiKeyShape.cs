using Logtrail.Domain.Tenancy;

namespace Logtrail.Domain.Keys;

/// <summary>What a well-formed key says about itself before any lookup.</summary>
public readonly record struct ApiKeyShape(DeploymentEnvironment Environment, KeyType Type);
