using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Api.Errors;

/// <summary>A request body refused before it is parsed into a request: wrong type or encoding, too large, empty, not JSON.</summary>
public sealed class RequestBodyException(ErrorKind kind, string errorCode, string message, string? reason = null)
    : LogtrailException(kind, errorCode, message, reason: reason)
{
    public static RequestBodyException UnsupportedContentType(string message) =>
        new(ErrorKind.UnsupportedMediaType, ErrorCodes.InvalidContentType, message);

    public static RequestBodyException TooLarge(long cap) =>
        new(ErrorKind.PayloadTooLarge, ErrorCodes.InvalidRequest, $"The request body is larger than this endpoint accepts ({cap} bytes after decompression).", ErrorReasons.PayloadTooLarge);

    public static RequestBodyException Empty() => new(ErrorKind.InvalidRequest, ErrorCodes.EmptyBody, "The request body is empty.");

    public static RequestBodyException InvalidJson(string where) =>
        new(ErrorKind.InvalidRequest, ErrorCodes.InvalidJson, $"The request body is not valid JSON ({where}).");
}
