namespace Logtrail.Api.Http;

/// <summary>
/// The largest request line and header block the API answers. Kestrel is allowed several times more, so that a
/// request over these limits still reaches <see cref="RequestLimitsMiddleware"/> and gets the contract's error body
/// (414, 431); only a request over Kestrel's own, larger limits is refused by the server with an empty body.
/// </summary>
public static class RequestLimits
{
    public const int TargetBytes = 8 * 1024;
    public const int HeaderBytes = 32 * 1024;
    public const int ServerRequestLineBytes = 64 * 1024;
    public const int ServerHeaderBytes = 128 * 1024;
}
