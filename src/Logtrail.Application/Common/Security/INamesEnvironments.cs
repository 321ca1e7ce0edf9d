namespace Logtrail.Application.Common.Security;

/// <summary>
/// A request that names environments in its body or query. Every name must be the key's own environment
/// (else 403 environment_mismatch) and a known one (else 400 VALIDATION_INVALID_ENVIRONMENT).
/// </summary>
public interface INamesEnvironments
{
    IEnumerable<string> NamedEnvironments { get; }
}
