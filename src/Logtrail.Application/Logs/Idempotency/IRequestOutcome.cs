namespace Logtrail.Application.Logs.Idempotency;

/// <summary>What the HTTP layer should tell about the current request's outcome (<c>Idempotent-Replayed: true</c>).</summary>
public interface IRequestOutcome
{
    bool Replayed { get; set; }
}
