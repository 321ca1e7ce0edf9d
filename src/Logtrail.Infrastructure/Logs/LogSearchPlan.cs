using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Commands.IngestLog;
using Logtrail.Domain.Lcql;

namespace Logtrail.Infrastructure.Logs;

/// <summary>
/// How a newest-first read searches <c>logs</c>: the server-time range its matches can lie in, the windows it
/// searches it in (<see cref="SearchWindows"/>), and whether each window's matches are collected before they are
/// ordered, after an ordered probe of its newest rows (<see cref="CollectsMatches"/>).
/// <para>
/// The range is the retention start, the request's <c>from</c>/<c>to</c> and cursor, narrowed by what an LCQL query
/// states of time (<see cref="LcqlTimeBounds"/>): its <c>timestamp</c> bounds, and a lower bound on client time,
/// which bounds server time too — no log is stored with a client timestamp more than
/// <see cref="IngestLogRules.MaxClockAhead"/> after its server timestamp (ingestion refuses clocks further ahead,
/// import the same against each line's server timestamp), so <c>client_timestamp &gt;= t</c> implies
/// <c>server_timestamp &gt;= t - 24 h</c> (less a minute's margin for the moment the stamp is taken).
/// </para>
/// <para>
/// An upper bound on client time bounds nothing on the server side (a client may send a log stamped long ago), and
/// the planner, which takes the two times for independent, misjudges such searches: walking the newest rows of a window
/// that holds none of the range's logs, or sorting every one of a wide range's matches. So a search below a client
/// time <c>u</c> is split where the matches are: first the logs stored at or after <c>u</c> (only those whose clock
/// lagged behind the server's at that moment), then newest-first windows below <c>u</c> starting at
/// <see cref="FirstSpanBelowClientBound"/>. In each window the reader first checks its newest
/// <see cref="ProbedRows"/> rows in order: when they hold a page of matches, those are the window's newest matches (a
/// range most logs match answers there); otherwise the window's matches are collected through the block-range index
/// on client time and server time (migration 0070), which reads only the blocks whose two time ranges overlap both
/// bounds, and then ordered, so a narrow range costs its matches rather than a walk through millions of rows.
/// </para>
/// </summary>
public sealed record LogSearchPlan(IEnumerable<TimeWindowBounds> Windows, bool CollectsMatches)
{
    /// <summary>How far a stored client timestamp can be ahead of its server timestamp: the ingestion limit and a minute.</summary>
    public static readonly TimeSpan ClientClockAhead = IngestLogRules.MaxClockAhead + TimeSpan.FromMinutes(1);

    public static readonly TimeSpan FirstSpanBelowClientBound = TimeSpan.FromMinutes(1);

    /// <summary>How many of a window's newest rows a collecting search checks in order before it collects the window's matches.</summary>
    public const int ProbedRows = 1_000;

    public static LogSearchPlan For(LogFilter filter, DateTimeOffset now)
    {
        var query = LcqlTimeBounds.Of(filter.Query);
        var lowest = Latest(filter.NotBefore, filter.From, query.ServerFrom, query.ClientFrom - ClientClockAhead);
        var highest = Earliest(filter.To, filter.After?.Timestamp.AddTicks(TimeSpan.TicksPerMicrosecond), query.ServerTo);
        if (query.ClientTo is not { } clientTo)
        {
            return new LogSearchPlan(SearchWindows.Between(lowest, highest, now), CollectsMatches: false);
        }

        if (highest is { } top && top <= clientTo)
        {
            return new LogSearchPlan(SearchWindows.Between(lowest, highest, now, FirstSpanBelowClientBound), CollectsMatches: true);
        }

        var storedLater = new TimeWindowBounds(clientTo > lowest ? clientTo : lowest, highest);
        return new LogSearchPlan(
            SearchWindows.Between(lowest, clientTo, now, FirstSpanBelowClientBound).Prepend(storedLater), CollectsMatches: true);
    }

    /// <summary>The latest of the bounds given: the oldest instant every one of them allows.</summary>
    private static DateTimeOffset Latest(DateTimeOffset first, params DateTimeOffset?[] others) =>
        others.Aggregate(first, (latest, other) => other is { } instant && instant > latest ? instant : latest);

    /// <summary>The earliest of the bounds given; null when none is.</summary>
    private static DateTimeOffset? Earliest(params DateTimeOffset?[] bounds) =>
        bounds.Aggregate((DateTimeOffset?)null, (earliest, bound) => bound is { } instant && (earliest is null || instant < earliest) ? instant : earliest);
}
