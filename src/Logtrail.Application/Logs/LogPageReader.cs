using AutoMapper;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Logs;

/// <summary>
/// Reads one page of the caller's logs: the window of the request within the key's project, environment and
/// retention, narrowed by the query's own filters, newest first, with the next page's cursor when more exist.
/// </summary>
public sealed class LogPageReader(ICallerContext caller, ILogReader reader, PlanCatalog plans, TimeProvider clock, IMapper mapper)
{
    public async Task<LogPage> ReadAsync(ILogWindow window, Func<LogFilter, LogFilter> narrow, CancellationToken cancellationToken)
    {
        var key = caller.RequireKey();
        var filter = narrow(window.ToFilter(key, plans.For(key), clock.GetUtcNow()));
        return window.ToPage(await reader.ListAsync(filter, cancellationToken), mapper);
    }
}
