using Logtrail.Application.Common.Errors;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>
/// A failure the caller is told about in the contract's error body. Its message goes to the client as is,
/// so it never holds a key, a token or anything else secret.
/// </summary>
public abstract class LogtrailException : Exception
{
    protected LogtrailException(ErrorKind kind, string errorCode, string message, string? param = null, string? reason = null)
        : base(message)
    {
        Kind = kind;
        ErrorCode = errorCode;
        Param = param;
        Reason = reason;
    }

    public ErrorKind Kind { get; }

    /// <summary>The contract's <c>error_code</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>The offending request field, when there is one (<c>error.param</c>).</summary>
    public string? Param { get; }

    /// <summary><c>details.reason</c>: the finer meaning of <see cref="ErrorCode"/>, when it has one (<see cref="ErrorReasons"/>).</summary>
    public string? Reason { get; }

    /// <summary>How long the caller should wait before trying again (sent as <c>Retry-After</c>), when that is known.</summary>
    public virtual TimeSpan? RetryAfter => null;

    /// <summary>The contract's <c>details</c> object; empty unless a subclass says more.</summary>
    public virtual IReadOnlyDictionary<string, object?> Details { get; } = new Dictionary<string, object?>();
}
