using Logtrail.Application.Authentication;

namespace Logtrail.Application.AdminTokens;

/// <summary>A token just made: the stored record and the plain text, which exists nowhere else.</summary>
public sealed record IssuedAdminToken(AdminToken Token, string PlainText);
