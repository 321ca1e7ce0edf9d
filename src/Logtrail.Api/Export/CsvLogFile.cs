using System.Buffers;
using System.Text;
using System.Text.Json;
using Logtrail.Application.Logs;
using Logtrail.Domain.Common;

namespace Logtrail.Api.Export;

/// <summary>
/// CSV (RFC 4180): a header row and one row per entry, CRLF line ends, UTF-8 without BOM. Columns: id,
/// server_timestamp, client_timestamp, environment, level, action, message, tags, actor, target, context, metadata,
/// is_public, api_key_id. Timestamps as in the API; <c>tags</c> and the JSON columns as JSON text; absent values
/// empty. A field is quoted when it holds a comma, quote, CR or LF (quotes doubled). A text cell that starts with
/// <c>= + - @</c>, tab or CR gets a leading <c>'</c>, so spreadsheets never run it as a formula.
/// </summary>
public sealed class CsvLogFile : ILogFileFormat
{
    private static readonly string[] Columns =
        ["id", "server_timestamp", "client_timestamp", "environment", "level", "action", "message", "tags", "actor", "target", "context", "metadata", "is_public", "api_key_id"];

    public string MediaType => "text/csv; charset=utf-8";

    public string Extension => "csv";

    public ILogFileWriter Start(IBufferWriter<byte> output)
    {
        Write(output, string.Join(',', Columns) + "\r\n");
        return new Writer(output);
    }

    private static void WriteEntry(IBufferWriter<byte> output, LogEntryDto entry)
    {
        var row = new StringBuilder(256)
            .Append(entry.Id).Append(',')
            .Append(Rfc3339.Format(entry.ServerTimestamp)).Append(',')
            .Append(Rfc3339.Format(entry.ClientTimestamp)).Append(',')
            .Append(entry.Environment).Append(',')
            .Append(entry.Level).Append(',');
        AppendCell(row, entry.Action).Append(',');
        AppendCell(row, entry.Message).Append(',');
        AppendCell(row, JsonSerializer.Serialize(entry.Tags)).Append(',');
        AppendCell(row, entry.Actor?.Text).Append(',');
        AppendCell(row, entry.Target?.Text).Append(',');
        AppendCell(row, entry.Context?.Text).Append(',');
        AppendCell(row, entry.Metadata?.Text).Append(',');
        row.Append(entry.IsPublic switch { true => "true", false => "false", null => "" }).Append(',')
            .Append(entry.ApiKeyId).Append("\r\n");
        Write(output, row.ToString());
    }

    /// <summary>Appends one text cell: formula-neutralised, then quoted when RFC 4180 requires it.</summary>
    public static StringBuilder AppendCell(StringBuilder row, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return row;
        }

        var cell = text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return cell.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? row.Append(cell)
            : row.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static void Write(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    private sealed class Writer(IBufferWriter<byte> output) : ILogFileWriter
    {
        public void WriteEntry(LogEntryDto entry) => CsvLogFile.WriteEntry(output, entry);
    }
}
