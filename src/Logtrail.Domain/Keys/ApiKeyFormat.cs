using Logtrail.Domain.Tenancy;

namespace Logtrail.Domain.Keys;

/// <summary>Generates and recognises data-API keys: <c>lt_{environment}_{type}_{secret}</c> (SPEC §2).</summary>
public static class ApiKeyFormat
{
    private const string Marker = "lt_";
    private const int DisplaySecretCharacters = 4;

    public static string Generate(DeploymentEnvironment environment, KeyType type) =>
        ChecksummedSecret.AppendTo(PrefixOf(environment, type));

    /// <summary>
    /// Recognises a well-formed key with a valid checksum and tells its environment and type. Needs no database:
    /// a mistyped or truncated key fails here.
    /// </summary>
    public static bool TryParse(string? text, out ApiKeyShape shape)
    {
        shape = default;
        if (text is null || !text.StartsWith(Marker, StringComparison.Ordinal))
        {
            return false;
        }

        var environmentEnd = text.IndexOf('_', Marker.Length);
        if (environmentEnd < 0)
        {
            return false;
        }

        var typeEnd = text.IndexOf('_', environmentEnd + 1);
        if (typeEnd < 0
            || !DeploymentEnvironments.TryParse(text[Marker.Length..environmentEnd], out var environment)
            || !KeyTypes.TryParse(text[(environmentEnd + 1)..typeEnd], out var type)
            || !ChecksummedSecret.IsValid(text, typeEnd + 1))
        {
            return false;
        }

        shape = new ApiKeyShape(environment.Value, type.Value);
        return true;
    }

    /// <summary>What may be shown of a key after creation: its fixed parts and the first four secret characters.</summary>
    public static string DisplayPrefix(string key)
    {
        var secretStart = key.LastIndexOf('_') + 1;
        return key[..(secretStart + DisplaySecretCharacters)];
    }

    private static string PrefixOf(DeploymentEnvironment environment, KeyType type) =>
        $"{Marker}{environment.ToWireName()}_{type.ToWireName()}_";
}
