namespace Logtrail.Domain.Keys;

/// <summary>
/// Short-lived tokens for end users' activity feeds: <c>lt_viewer_{secret}</c>, with the same checksummed secret as
/// API keys, so a mistyped token is refused without a lookup and secret scanners recognise real ones.
/// </summary>
public static class ViewerTokenFormat
{
    public const string Prefix = "lt_viewer_";

    public static string Generate() => ChecksummedSecret.AppendTo(Prefix);

    public static bool IsWellFormed(string? text) =>
        text is not null
        && text.StartsWith(Prefix, StringComparison.Ordinal)
        && ChecksummedSecret.IsValid(text, Prefix.Length);
}
