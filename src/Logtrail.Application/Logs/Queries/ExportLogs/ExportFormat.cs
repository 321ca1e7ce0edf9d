namespace Logtrail.Application.Logs.Queries.ExportLogs;

/// <summary>The file formats of an export: one JSON <c>LogEntry</c> per line, or CSV with a fixed column set.</summary>
public enum ExportFormat
{
    Ndjson,
    Csv,
}

public static class ExportFormats
{
    public static IReadOnlyList<string> WireNames { get; } = ["ndjson", "csv"];

    public static ExportFormat? ParseOrNull(string? text) => text switch
    {
        "ndjson" => ExportFormat.Ndjson,
        "csv" => ExportFormat.Csv,
        _ => null,
    };
}
