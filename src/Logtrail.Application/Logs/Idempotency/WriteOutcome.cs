namespace Logtrail.Application.Logs.Idempotency;

/// <summary>What became of an ingest write: stored, or answered from an earlier request with the same key.</summary>
public abstract record WriteOutcome
{
    private WriteOutcome()
    {
    }

    public static WriteOutcome Written { get; } = new WrittenOutcome();

    public static WriteOutcome KeyReused { get; } = new KeyReusedOutcome();

    public static WriteOutcome InProgress { get; } = new InProgressOutcome();

    public sealed record WrittenOutcome : WriteOutcome;

    /// <summary>The earlier request with the same key and body succeeded; this is its response.</summary>
    public sealed record ReplayOutcome(string Response) : WriteOutcome;

    /// <summary>The key was used with a different body.</summary>
    public sealed record KeyReusedOutcome : WriteOutcome;

    /// <summary>A request with the same key is still running.</summary>
    public sealed record InProgressOutcome : WriteOutcome;
}
