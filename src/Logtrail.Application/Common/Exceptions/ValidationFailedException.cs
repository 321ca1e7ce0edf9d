using Logtrail.Application.Common.Errors;

namespace Logtrail.Application.Common.Exceptions;

/// <summary>Bad input: every problem found, listed in <c>details.errors</c>.</summary>
public sealed class ValidationFailedException : LogtrailException
{
    public ValidationFailedException(IReadOnlyList<FieldError> errors, string errorCode = ErrorCodes.ValidationFailed)
        : base(ErrorKind.InvalidRequest, errorCode, Summarize(errors), errors.Count > 0 ? errors[0].Field : null)
    {
        Errors = errors;
    }

    public ValidationFailedException(string field, string message)
        : this([new FieldError(field, message)])
    {
    }

    public IReadOnlyList<FieldError> Errors { get; }

    public override IReadOnlyDictionary<string, object?> Details =>
        new Dictionary<string, object?> { ["errors"] = Errors };

    private static string Summarize(IReadOnlyList<FieldError> errors) => errors.Count switch
    {
        0 => "The request is not valid.",
        1 => errors[0].Message,
        _ => $"{errors[0].Message} (and {errors.Count - 1} more problem(s), see details.errors)",
    };
}
