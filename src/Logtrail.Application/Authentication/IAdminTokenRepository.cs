namespace Logtrail.Application.Authentication;

public interface IAdminTokenRepository
{
    Task<AdminToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken);

    Task AddAsync(AdminToken token, CancellationToken cancellationToken);
}
