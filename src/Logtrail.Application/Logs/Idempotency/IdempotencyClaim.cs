namespace Logtrail.Application.Logs.Idempotency;

/// <summary>
/// What claiming an <c>Idempotency-Key</c> inside the write transaction found: the request may go on
/// (<see cref="Granted"/>), or it is answered from an earlier request with the same key instead.
/// </summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim()
    {
    }

    public static IdempotencyClaim Granted { get; } = new GrantedClaim();

    public static IdempotencyClaim KeyReused { get; } = new KeyReusedClaim();

    public static IdempotencyClaim InProgress { get; } = new InProgressClaim();

    /// <summary>No earlier request with this key: store, and remember the response in the same transaction.</summary>
    public sealed record GrantedClaim : IdempotencyClaim;

    /// <summary>The earlier request with the same key and body succeeded; this is its response.</summary>
    public sealed record ReplayClaim(string Response) : IdempotencyClaim;

    /// <summary>The key was used with a different body.</summary>
    public sealed record KeyReusedClaim : IdempotencyClaim;

    /// <summary>A request with the same key is still running.</summary>
    public sealed record InProgressClaim : IdempotencyClaim;
}
