using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Logtrail.Application.Logs;

namespace Logtrail.Api.Export;

/// <summary>
/// NDJSON: each entry as the API's <c>LogEntry</c> JSON (same names and timestamps as every response), one per line.
/// A file reuses one JSON writer and the entry's serialization metadata for all its lines.
/// </summary>
public sealed class NdjsonLogFile(JsonSerializerOptions options) : ILogFileFormat
{
    /// <summary>The escaping of MVC's JSON responses (relaxed unless configured), so a line equals the API's JSON.</summary>
    private readonly JsonWriterOptions _writerOptions = new()
    {
        SkipValidation = true,
        Encoder = options.Encoder ?? JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string MediaType => "application/x-ndjson";

    public string Extension => "ndjson";

    public ILogFileWriter Start(IBufferWriter<byte> output) =>
        new Writer(output, new Utf8JsonWriter(output, _writerOptions), (JsonTypeInfo<LogEntryDto>)options.GetTypeInfo(typeof(LogEntryDto)));

    private sealed class Writer(IBufferWriter<byte> output, Utf8JsonWriter json, JsonTypeInfo<LogEntryDto> entryType) : ILogFileWriter
    {
        public void WriteEntry(LogEntryDto entry)
        {
            JsonSerializer.Serialize(json, entry, entryType);
            json.Flush();
            json.Reset();
            output.GetSpan(1)[0] = (byte)'\n';
            output.Advance(1);
        }
    }
}
