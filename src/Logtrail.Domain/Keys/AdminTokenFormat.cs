namespace Logtrail.Domain.Keys;

/// <summary>Operator tokens for the admin API: <c>lt_admin_{secret}</c>, with the same checksummed secret as API keys.</summary>
public static class AdminTokenFormat
{
    public const string Prefix = "lt_admin_";
    private const int DisplaySecretCharacters = 4;

    public static string Generate() => ChecksummedSecret.AppendTo(Prefix);

    public static bool IsWellFormed(string? text) =>
        text is not null
        && text.StartsWith(Prefix, StringComparison.Ordinal)
        && ChecksummedSecret.IsValid(text, Prefix.Length);

    public static string DisplayPrefix(string token) => token[..(Prefix.Length + DisplaySecretCharacters)];
}
