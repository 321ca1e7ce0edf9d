namespace Logtrail.Application.Activity.ViewerTokens;

/// <summary>Stored viewer tokens (hashes only). Port of minting and of viewer-token authentication.</summary>
public interface IViewerTokenStore
{
    Task InsertAsync(ViewerToken token, CancellationToken cancellationToken);

    /// <summary>The token with this hash, with the hash of the key that minted it; null when there is none.</summary>
    Task<StoredViewerToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: deletes the tokens that expired before <paramref name="cutoff"/>, at most
    /// <paramref name="batchSize"/> per short transaction; returns how many it deleted.
    /// </summary>
    Task<long> DeleteExpiredBeforeAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken);
}

/// <summary>A viewer token as stored: its hash, its binding (one actor or one target), its lifetime and its minting key.</summary>
public sealed record ViewerToken(
    Guid Id, Guid ProjectId, Guid ApiKeyId, byte[] TokenHash, string? ActorId, string? TargetId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>A stored token with the hash of its minting key, by which authentication finds that key in the key directory.</summary>
public sealed record StoredViewerToken(ViewerToken Token, byte[] MintingKeyHash);
