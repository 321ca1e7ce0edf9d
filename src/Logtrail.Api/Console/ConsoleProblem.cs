using Logtrail.Api.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Api.Console;

/// <summary>
/// What a console page tells the operator when a command or query refused: the same message the API would send,
/// each field problem, and for an LCQL syntax error the 0-based position in the query.
/// </summary>
public sealed record ConsoleProblem(int StatusCode, string Message, IReadOnlyList<string> Problems, int? Position)
{
    public static ConsoleProblem From(LogtrailException exception) => new(
        ErrorStatus.Of(exception.Kind).StatusCode,
        exception.Message,
        exception is ValidationFailedException validation ? validation.Errors.Select(error => error.Message).ToList() : [],
        exception.Details.TryGetValue("position", out var position) && position is int offset ? offset : null);
}
