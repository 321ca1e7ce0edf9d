using System.Buffers;
using System.Runtime.CompilerServices;
using AutoMapper;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Paging;
using Logtrail.Application.Common.Security;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Plans;

namespace Logtrail.Application.Logs;

/// <summary>
/// The caller's logs: only its read scope's project and environment (its key's, or those an admin caller names),
/// never older than the plan's retention. One page of a read (newest first, one row more than the page to tell
/// whether another exists), or one log by id. A page's cursor is the entry named by <c>cursorID</c>; <c>cursorTS</c>
/// is not needed to find it.
/// </summary>
public sealed class CallerLogReader(ICallerContext caller, ILogReader reader, PlanCatalog plans, TimeProvider clock, IMapper mapper)
{
    public async Task<LogEntryDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = caller.RequireReadScope();
        var entry = await reader.FindAsync(scope.ProjectId, scope.Environment, id, RetentionStart(scope), cancellationToken);
        return entry is null ? null : mapper.Map<LogEntryDto>(entry);
    }

    /// <summary>The request's window, narrowed by its own filters, as <see cref="LogEntryDto"/>s.</summary>
    public async Task<Page<LogEntryDto>> ReadPageAsync(ILogWindow window, Func<LogFilter, LogFilter> narrow, CancellationToken cancellationToken)
    {
        var page = await ReadEntriesAsync(window, narrow, cancellationToken);
        return new Page<LogEntryDto>(mapper.Map<IReadOnlyList<LogEntryDto>>(page.Items), page.Next);
    }

    /// <summary>The request's window, narrowed by its own filters, as stored entries.</summary>
    public async Task<Page<LogEntry>> ReadEntriesAsync(ILogWindow window, Func<LogFilter, LogFilter> narrow, CancellationToken cancellationToken)
    {
        var (filter, pageSize) = await PageFilterAsync(window, narrow, cancellationToken);
        var entries = await reader.ListAsync(filter with { Limit = pageSize + 1 }, cancellationToken);
        return Page<LogEntry>.FromLookahead(entries, pageSize, entry => new PageCursor(entry.ServerTimestamp, entry.Id));
    }

    /// <summary>
    /// The request's window, narrowed by its own filters, as the response's JSON array written straight from the rows
    /// (no entry or <see cref="LogEntryDto"/> per log): the hot path of <c>GET /logs</c>.
    /// </summary>
    public async Task<LogPageJson> WritePageAsync(ILogWindow window, Func<LogFilter, LogFilter> narrow, CancellationToken cancellationToken)
    {
        var (filter, pageSize) = await PageFilterAsync(window, narrow, cancellationToken);
        var buffer = new ArrayBufferWriter<byte>();
        var next = await reader.WriteListAsync(filter, pageSize, buffer, cancellationToken);
        return new LogPageJson(buffer.WrittenMemory, next);
    }

    /// <summary>The caller's filter for the request's window and cursor, narrowed by the request's own filters; and its page size.</summary>
    private async Task<(LogFilter Filter, int PageSize)> PageFilterAsync(ILogWindow window, Func<LogFilter, LogFilter> narrow, CancellationToken cancellationToken)
    {
        var requested = TimeWindow.Of(window);
        var filter = narrow(CallerFilter() with
        {
            From = requested.From,
            To = requested.To,
            After = window.CursorId is null ? null : await CursorEntryAsync(caller.RequireReadScope(), Guid.Parse(window.CursorId), cancellationToken),
        });
        return (filter, requested.PageSize);
    }

    /// <summary>
    /// Every log <paramref name="filter"/> selects, in the read order, fetched in keyset batches of
    /// <paramref name="batchSize"/> as the caller consumes them: memory holds one batch, whatever the total.
    /// </summary>
    public async IAsyncEnumerable<LogEntryDto> StreamAsync(LogFilter filter, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = filter with { Limit = batchSize };
        while (true)
        {
            var batch = await reader.ListAsync(next, cancellationToken);
            foreach (var entry in batch)
            {
                yield return mapper.Map<LogEntryDto>(entry);
            }

            if (batch.Count < batchSize)
            {
                yield break;
            }

            next = next with { After = new PageCursor(batch[^1].ServerTimestamp, batch[^1].Id) };
        }
    }

    /// <summary>Every log of the caller's project and environment still within retention: what a read narrows.</summary>
    public LogFilter CallerFilter()
    {
        var scope = caller.RequireReadScope();
        return LogFilter.Newest(scope.ProjectId, scope.Environment, RetentionStart(scope), int.MaxValue);
    }

    /// <summary>
    /// The position of the cursor entry, found by its id in the caller's project and environment: the stored
    /// timestamp, so that a missing or imprecise <c>cursorTS</c> still pages exactly.
    /// </summary>
    private async Task<PageCursor> CursorEntryAsync(ReadScope scope, Guid id, CancellationToken cancellationToken) =>
        await reader.FindPositionAsync(scope.ProjectId, scope.Environment, id, cancellationToken)
        ?? throw new ValidationFailedException(
            "cursorID", "'cursorID' names no log of this project and environment: pass the id of the last entry of the previous page.");

    private DateTimeOffset RetentionStart(ReadScope scope) => plans.Get(scope.PlanCode).RetentionStart(clock.GetUtcNow());
}
