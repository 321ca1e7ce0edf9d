using Logtrail.Application.Logs.Queries.ExportLogs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Export;

/// <summary>The writer of each <see cref="ExportFormat"/>; NDJSON uses the API's JSON conventions.</summary>
public sealed class LogFileFormats(IOptions<JsonOptions> json)
{
    private readonly NdjsonLogFile _ndjson = new(json.Value.JsonSerializerOptions);
    private readonly CsvLogFile _csv = new();

    public ILogFileFormat For(ExportFormat format) => format switch
    {
        ExportFormat.Ndjson => _ndjson,
        ExportFormat.Csv => _csv,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}
