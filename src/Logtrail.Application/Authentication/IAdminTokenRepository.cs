namespace Logtrail.Application.Authentication;

public interface IAdminTokenRepository
{
    Task<AdminToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken);

    Task<AdminToken?> GetAsync(Guid tokenId, CancellationToken cancellationToken);

    /// <summary>Every token, revoked and expired ones too, oldest first.</summary>
    Task<IReadOnlyList<AdminToken>> ListAsync(CancellationToken cancellationToken);

    Task AddAsync(AdminToken token, CancellationToken cancellationToken);

    /// <summary>
    /// Serializes changes to the set of admin tokens until the current unit of work ends, across every instance: two
    /// revocations cannot both see the other's token as still active, two starting instances cannot both create the first.
    /// </summary>
    Task LockAsync(CancellationToken cancellationToken);

    Task<int> CountActiveAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets <c>revoked_at</c> unless already set; the token as it is afterwards.</summary>
    Task<AdminToken?> RevokeAsync(Guid tokenId, DateTimeOffset revokedAt, CancellationToken cancellationToken);

    /// <summary>Brings the token's expiry forward to <paramref name="expiresAt"/> (never later than it already was).</summary>
    Task ExpireAsync(Guid tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
