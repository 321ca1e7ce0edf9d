using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Logtrail.Application.Logs;

namespace Logtrail.Api.Export;

/// <summary>NDJSON: each entry as the API's <c>LogEntry</c> JSON (same names and timestamps as every response), one per line.</summary>
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

    public void WriteHeader(IBufferWriter<byte> output)
    {
    }

    public void WriteEntry(IBufferWriter<byte> output, LogEntryDto entry)
    {
        using (var writer = new Utf8JsonWriter(output, _writerOptions))
        {
            JsonSerializer.Serialize(writer, entry, options);
        }

        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }
}
