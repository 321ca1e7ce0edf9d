using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Domain.Common;

namespace Logtrail.Application.Logs.Queries.QueryLogs;

/// <summary>
/// 400 VALIDATION_QUERY_SYNTAX with <c>details: {position, errors: [{field, message, log_index, position}]}</c>, the
/// position a 0-based offset in <c>query</c>.
/// </summary>
public sealed class QuerySyntaxException(SyntaxError error)
    : LogtrailException(ErrorKind.InvalidRequest, ErrorCodes.QuerySyntax, $"Syntax error at position {error.Position}: {error.Message}", "query")
{
    public override IReadOnlyDictionary<string, object?> Details { get; } =
        new Dictionary<string, object?>
        {
            ["position"] = error.Position,
            ["errors"] = new[] { new FieldError("query", error.Message, Position: error.Position) },
        };
}
