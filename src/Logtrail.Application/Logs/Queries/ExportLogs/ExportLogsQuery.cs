using Logtrail.Application.Common.Security;
using Logtrail.Domain.Common;
using Logtrail.Domain.Keys;
using MediatR;

namespace Logtrail.Application.Logs.Queries.ExportLogs;

/// <summary>
/// Export (<c>GET /logs/export</c>): every log an LCQL query selects in a window of the key's project, environment
/// and retention, in the read order (<c>server_timestamp DESC, id DESC</c>). The handler checks the query and returns
/// a lazy stream read in keyset batches of <see cref="ExportOptions.BatchSize"/>, so memory stays flat whatever the size.
/// </summary>
[RequiresPermission(Permission.LogsRead)]
public sealed record ExportLogsQuery(string? Format, string? Query, string? From, string? To)
    : IRequest<LogExport>, INamesEnvironments, ITimeRange
{
    public LcqlText Lcql { get; } = new(Query);

    public IEnumerable<string> NamedEnvironments => Lcql.EnvironmentLiterals;
}

/// <summary>What to write: the format and the entries, read from the database as they are consumed.</summary>
public sealed record LogExport(ExportFormat Format, IAsyncEnumerable<LogEntryDto> Entries);

public sealed class ExportLogsQueryHandler(CallerLogReader logs, ExportOptions options) : IRequestHandler<ExportLogsQuery, LogExport>
{
    public Task<LogExport> Handle(ExportLogsQuery request, CancellationToken cancellationToken)
    {
        var filter = logs.CallerFilter() with
        {
            From = Rfc3339.ParseOrNull(request.From),
            To = Rfc3339.ParseOrNull(request.To),
            Query = request.Lcql.Checked(),
        };
        var format = ExportFormats.ParseOrNull(request.Format) ?? ExportFormat.Ndjson;
        return Task.FromResult(new LogExport(format, logs.StreamAsync(filter, options.BatchSize, cancellationToken)));
    }
}
