using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Api.Errors;

/// <summary>An error to answer with, before it becomes a status and a body. The one place error bodies are built.</summary>
/// <param name="RetryAfter">Sent as <c>Retry-After</c> in whole seconds, rounded up, when set.</param>
/// <param name="Reason">Sent as <c>details.reason</c> when set (<see cref="ErrorReasons"/>).</param>
public sealed record ApiError(
    ErrorKind Kind,
    string ErrorCode,
    string Message,
    IReadOnlyDictionary<string, object?>? Details = null,
    string? Param = null,
    TimeSpan? RetryAfter = null,
    string? Reason = null)
{
    public static ApiError From(LogtrailException exception) =>
        new(exception.Kind, exception.ErrorCode, exception.Message, exception.Details, exception.Param, exception.RetryAfter, exception.Reason);

    public static ApiError Internal() =>
        new(ErrorKind.Internal, ErrorCodes.InternalServerError, "An internal error occurred. Quote the request_id when reporting it.");

    public int StatusCode => ErrorStatus.Of(Kind).StatusCode;

    public ErrorResponse ToResponse(string requestId)
    {
        var status = ErrorStatus.Of(Kind);
        return new ErrorResponse(
            ErrorCode,
            Message,
            requestId,
            DetailsWithReason(),
            new ErrorObject(status.Type, status.Code, Message, Param));
    }

    private IReadOnlyDictionary<string, object?> DetailsWithReason()
    {
        if (Reason is null)
        {
            return Details ?? new Dictionary<string, object?>();
        }

        var details = Details is null ? [] : new Dictionary<string, object?>(Details);
        details["reason"] = Reason;
        return details;
    }
}
