namespace Logtrail.Application.Keys.Activity;

/// <summary>
/// One request made with a key (SPEC §8): what was asked, how it was answered, from where. <see cref="Denied"/> marks a
/// request refused because the key was revoked or expired; <see cref="LogsIngested"/> counts the logs it stored.
/// </summary>
public sealed record KeyActivityEvent(
    Guid Id,
    Guid KeyId,
    DateTimeOffset Time,
    string Method,
    string Route,
    int Status,
    string? ClientIp,
    string? UserAgent,
    bool Denied,
    int LogsIngested);
