namespace Logtrail.Application.Authentication;

/// <summary>Finds stored keys by hash for authentication. Implementations may cache, but must honour revocation at once.</summary>
public interface IApiKeyDirectory
{
    ValueTask<ApiKeyCredential?> FindByHashAsync(byte[] keyHash, CancellationToken cancellationToken);
}
