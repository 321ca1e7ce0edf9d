namespace Logtrail.Application.Keys.Activity;

/// <summary>
/// Recorded key activity (SPEC §8): <see cref="Count"/> requests of one key within one second that were alike in
/// everything listed here — method, route, status, client address, user agent, denial. <see cref="Time"/> is the first
/// of them; <see cref="LogsIngested"/> sums what they stored.
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
    int Count,
    int LogsIngested);
