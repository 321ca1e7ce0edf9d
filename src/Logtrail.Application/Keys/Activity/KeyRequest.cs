namespace Logtrail.Application.Keys.Activity;

/// <summary>
/// One request made with a key, as the HTTP layer saw it once answered. <see cref="Denied"/> marks a request refused
/// because the key was revoked or expired; <see cref="LogsIngested"/> counts the logs it stored.
/// </summary>
public sealed record KeyRequest(
    Guid KeyId,
    DateTimeOffset Time,
    string Method,
    string Route,
    int Status,
    string? ClientIp,
    string? UserAgent,
    bool Denied,
    int LogsIngested);
