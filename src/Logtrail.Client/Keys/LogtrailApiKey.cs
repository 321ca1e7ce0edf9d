using Logtrail.Keys;

namespace Logtrail.Client.Keys;

/// <summary>A data-API key checked locally: its shape <c>lt_{environment}_{type}_{secret}</c> and its CRC-32 checksum.</summary>
internal sealed record LogtrailApiKey(string Value, string Environment, string Type)
{
    private const string Marker = "lt_";
    private static readonly string[] Environments = ["development", "staging", "production"];
    private static readonly string[] Types = ["ro", "wo", "rw"];

    /// <summary>The key, or an exception whose message never contains the key itself.</summary>
    public static LogtrailApiKey Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            throw new InvalidOperationException(
                $"No Logtrail API key is configured: set {nameof(LogtrailClientOptions.ApiKey)} or {LogtrailClientOptions.ApiKeyVariable}.");
        }

        return TryParse(text) ?? throw new InvalidOperationException(
            "The Logtrail API key is malformed or mistyped (its format or checksum is wrong): expected lt_{environment}_{ro|wo|rw}_{secret} as the service issued it.");
    }

    /// <summary>The key when its format and checksum are right, else null.</summary>
    public static LogtrailApiKey? TryParse(string? text)
    {
        if (text is null || !text.StartsWith(Marker, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = text[Marker.Length..].Split('_', 3);
        if (parts.Length != 3 || !Environments.Contains(parts[0]) || !Types.Contains(parts[1]))
        {
            return null;
        }

        var prefixLength = Marker.Length + parts[0].Length + parts[1].Length + 2;
        return KeyChecksum.IsValidSecret(text, prefixLength) ? new LogtrailApiKey(text, parts[0], parts[1]) : null;
    }

    /// <summary>Never the secret: only what identifies the kind of key.</summary>
    public override string ToString() => $"{Marker}{Environment}_{Type}_…";
}
