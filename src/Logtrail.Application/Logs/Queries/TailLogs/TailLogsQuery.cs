using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Logs.Tail;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Logs.Queries.TailLogs;

/// <summary>
/// Live tail (<c>GET /logs/tail</c>): the logs of the key's project and environment that the LCQL query matches, as
/// they commit on any instance, resuming after <see cref="LastEventId"/> when given. Returns a started
/// <see cref="LogTailSession"/>, which the caller disposes. A key holds at most <see cref="TailOptions.MaxOpenPerKey"/>
/// open tails (429 beyond), an instance at most <see cref="TailOptions.MaxOpenPerInstance"/> (503 beyond).
/// </summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record TailLogsQuery(string? Query, string? LastEventId) : IRequest<LogTailSession>, INamesEnvironments
{
    public LcqlText Lcql { get; } = new(Query);

    public IEnumerable<string> NamedEnvironments => Lcql.EnvironmentLiterals;
}

public sealed class TailLogsQueryHandler(
    ICallerContext caller,
    CallerLogReader logs,
    ILogReader reader,
    ILogCommitFeed feed,
    OpenTails openTails,
    IMapper mapper,
    TailOptions settings,
    TimeProvider clock) : IRequestHandler<TailLogsQuery, LogTailSession>
{
    public Task<LogTailSession> Handle(TailLogsQuery request, CancellationToken cancellationToken)
    {
        var query = request.Lcql.Checked();
        var lease = openTails.Open(caller.RequireReaderId(), settings);
        var session = new LogTailSession(
            logs.CallerFilter() with { Query = query }, new LcqlMatcher(query), request.LastEventId, reader, mapper, settings, clock, lease);
        session.Start(feed);
        return Task.FromResult(session);
    }
}
