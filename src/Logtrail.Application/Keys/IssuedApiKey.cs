using Logtrail.Domain.Keys;

namespace Logtrail.Application.Keys;

/// <summary>A freshly generated key: the only moment its plain text exists on the server.</summary>
public sealed record IssuedApiKey(ApiKey Key, string PlainText, byte[] Hash);
