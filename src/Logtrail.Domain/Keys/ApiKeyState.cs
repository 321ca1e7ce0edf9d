namespace Logtrail.Domain.Keys;

public enum ApiKeyState
{
    Active,
    Expired,
    Revoked,
}
