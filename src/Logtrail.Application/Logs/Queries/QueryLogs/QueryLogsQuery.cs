using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Common;
using Logtrail.Domain.Lcql;
using MediatR;
using Logtrail.Application.Common.Paging;

namespace Logtrail.Application.Logs.Queries.QueryLogs;

/// <summary>
/// LCQL search (<c>POST /logs/query</c>): the query's terms ANDed with the window, the optional <c>action</c>
/// substring, and the key's project, environment and retention; newest first, keyset paging. The query text is
/// parsed once, when first needed.
/// </summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record QueryLogsQuery(string? From, string? To, string? Action, string? Query, string? CursorId, string? CursorTs, int? PageSize)
    : IRequest<Page<LogEntryDto>>, INamesEnvironments, ILogWindow
{
    private readonly Lazy<(LcqlQuery? Query, SyntaxError? Error)> _parsed = new(() =>
        LcqlParser.TryParse(Query ?? "", out var parsed, out var error) ? (parsed, null) : (null, error));

    public LcqlQuery? Parsed => _parsed.Value.Query;

    public SyntaxError? SyntaxError => _parsed.Value.Error;

    public IEnumerable<string> NamedEnvironments => Parsed is null ? [] : LcqlSchema.EnvironmentLiterals(Parsed);
}

public sealed class QueryLogsQueryHandler(CallerLogReader logs) : IRequestHandler<QueryLogsQuery, Page<LogEntryDto>>
{
    public Task<Page<LogEntryDto>> Handle(QueryLogsQuery request, CancellationToken cancellationToken)
    {
        var query = CheckedQuery(request);
        return logs.ReadPageAsync(request, filter => filter with { ActionContains = request.Action, Query = query }, cancellationToken);
    }

    private static LcqlQuery CheckedQuery(QueryLogsQuery request)
    {
        if (request.SyntaxError is { } syntax)
        {
            throw new QuerySyntaxException(syntax);
        }

        var query = request.Parsed!;
        if (query.Terms.Count > LcqlSchema.MaxTerms)
        {
            throw new ValidationFailedException(
                [new FieldError("query", $"A query has at most {LcqlSchema.MaxTerms} terms; this one has {query.Terms.Count}.")],
                ErrorCodes.QueryConstraint);
        }

        var problems = LcqlSchema.Check(query);
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(
                problems.Select(problem => new FieldError("query", $"At position {problem.Position}: {problem.Message}")).ToList(),
                ErrorCodes.QueryInvalid);
        }

        return query;
    }
}
