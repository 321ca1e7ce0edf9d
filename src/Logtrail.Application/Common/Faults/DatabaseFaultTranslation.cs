using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;

namespace Logtrail.Application.Common.Faults;

/// <summary>
/// The one mapping of database faults to contract errors, used inside the request pipeline and at the HTTP edge
/// alike: unavailable → 503 with Retry-After; a statement timeout → 400 VALIDATION_QUERY_CONSTRAINT when the request
/// was a search (its query is what took too long), else 503.
/// </summary>
public static class DatabaseFaultTranslation
{
    public static LogtrailException? Translate(IDatabaseFaults faults, Exception exception, bool isSearch) =>
        faults.Classify(exception) switch
        {
            DatabaseFault.StatementTimeout when isSearch => new ValidationFailedException(
                [new FieldError("query", "The search took too long and was stopped; narrow it with a time window (from, to) or more selective terms.")],
                ErrorCodes.QueryConstraint),
            DatabaseFault.StatementTimeout or DatabaseFault.Unavailable => new ServiceUnavailableException(faults.RetryAfter),
            _ => null,
        };
}
