using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Logs.Queries.QueryLogs;
using Logtrail.Domain.Lcql;

namespace Logtrail.Application.Logs;

/// <summary>
/// The LCQL text of a read request (search, export, aggregates, tail), parsed once when first needed. Authorization
/// reads its environment literals; the handler takes <see cref="Checked"/>, which answers the contract's 400s.
/// </summary>
public sealed class LcqlText(string? text)
{
    private readonly Lazy<(LcqlQuery? Query, LcqlError? Error)> _parsed = new(() =>
        LcqlParser.TryParse(text ?? "", out var parsed, out var error) ? (parsed, null) : (null, error));

    /// <summary>The environment names the query mentions (none when it does not parse).</summary>
    public IEnumerable<string> EnvironmentLiterals => _parsed.Value.Query is { } query ? LcqlSchema.EnvironmentLiterals(query) : [];

    /// <summary>The parsed query; 400 VALIDATION_QUERY_SYNTAX / _CONSTRAINT / _INVALID when it is not a valid one.</summary>
    public LcqlQuery Checked()
    {
        if (_parsed.Value.Error is { } error)
        {
            throw error.ExceedsLimit
                ? new ValidationFailedException(
                    [new FieldError("query", $"At position {error.Position}: {error.Message}", Position: error.Position)], ErrorCodes.QueryConstraint)
                : new QuerySyntaxException(error.Syntax);
        }

        var query = _parsed.Value.Query!;
        var problems = LcqlSchema.Check(query);
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(
                problems.Select(problem => new FieldError("query", $"At position {problem.Position}: {problem.Message}", Position: problem.Position)).ToList(),
                ErrorCodes.QueryInvalid);
        }

        return query;
    }
}
