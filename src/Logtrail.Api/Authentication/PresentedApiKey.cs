using Logtrail.Domain.Keys;
using Microsoft.Extensions.Primitives;

namespace Logtrail.Api.Authentication;

/// <summary>
/// Reads the key a request presents (SPEC §2): <c>X-API-Key</c>, or <c>Authorization: ApiKey &lt;key&gt;</c> with the
/// scheme in any case. Both present and different, a repeated header, or an Authorization header of another
/// scheme with no X-API-Key make the request ambiguous: it is treated as an invalid key. <c>Authorization: Bearer</c>
/// with no X-API-Key presents a viewer token (<see cref="IsViewerToken"/>); beside an X-API-Key it is ignored, as
/// every other scheme is. A data key sent as a Bearer token (<c>Authorization: Bearer lt_production_…</c>) is
/// recognised (<see cref="KeyUnderOtherScheme"/>), so that the refusal can say how to send it.
/// </summary>
public readonly record struct PresentedApiKey(string? Key, bool IsAmbiguous, bool IsViewerToken = false, bool KeyUnderOtherScheme = false)
{
    public const string HeaderName = "X-API-Key";
    private const string Scheme = "ApiKey";
    private const string BearerScheme = "Bearer";

    public static PresentedApiKey From(IHeaderDictionary headers)
    {
        var apiKeyHeader = headers[HeaderName];
        var authorization = headers.Authorization;
        if (apiKeyHeader.Count > 1 || authorization.Count > 1)
        {
            return new PresentedApiKey(null, IsAmbiguous: true);
        }

        var fromHeader = NullIfEmpty(apiKeyHeader);
        var fromAuthorization = FromAuthorization(authorization, out var otherScheme);
        var bearer = fromHeader is null && fromAuthorization is null ? FromAuthorization(authorization, BearerScheme, out _) : null;
        return (fromHeader, fromAuthorization) switch
        {
            ({ } header, { } auth) when !string.Equals(header, auth, StringComparison.Ordinal) => new(null, IsAmbiguous: true),
            (null, null) when bearer is not null && LooksLikeDataKey(bearer) => new(null, IsAmbiguous: true, KeyUnderOtherScheme: true),
            (null, null) when bearer is not null => new(bearer, IsAmbiguous: false, IsViewerToken: true),
            (null, null) when otherScheme => new(null, IsAmbiguous: true),
            _ => new(fromHeader ?? fromAuthorization, IsAmbiguous: false),
        };
    }

    private static string? FromAuthorization(StringValues authorization, out bool otherScheme) =>
        FromAuthorization(authorization, Scheme, out otherScheme);

    /// <summary>The credential of an Authorization header of <paramref name="scheme"/> (any case); otherwise null.</summary>
    private static string? FromAuthorization(StringValues authorization, string scheme, out bool otherScheme)
    {
        otherScheme = false;
        var value = NullIfEmpty(authorization);
        if (value is null)
        {
            return null;
        }

        var separator = value.IndexOf(' ');
        if (separator > 0 && value.AsSpan(0, separator).Equals(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return NullIfEmpty(value[(separator + 1)..].Trim());
        }

        otherScheme = true;
        return null;
    }

    private static bool LooksLikeDataKey(string credential) =>
        credential.StartsWith("lt_", StringComparison.Ordinal)
        && !credential.StartsWith(ViewerTokenFormat.Prefix, StringComparison.Ordinal)
        && !credential.StartsWith(AdminTokenFormat.Prefix, StringComparison.Ordinal);

    private static string? NullIfEmpty(StringValues values) => NullIfEmpty(values.ToString());

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
