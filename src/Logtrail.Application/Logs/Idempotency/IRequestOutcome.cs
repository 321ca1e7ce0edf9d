namespace Logtrail.Application.Logs.Idempotency;

/// <summary>
/// What the HTTP layer should know about the current request's outcome: whether it was a replay
/// (<c>Idempotent-Replayed: true</c>) and how many logs it stored (key activity).
/// </summary>
public interface IRequestOutcome
{
    bool Replayed { get; set; }

    int LogsStored { get; set; }
}
