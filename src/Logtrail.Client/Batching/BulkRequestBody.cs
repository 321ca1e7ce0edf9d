using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Logtrail.Client.Http;

namespace Logtrail.Client.Batching;

/// <summary>
/// The body of one bulk request, written log by log straight to UTF-8 JSON (no object tree per log) and gzipped above
/// the client's threshold. Its buffers are kept for the next request, so that a sender allocates no body per batch.
/// One request at a time: the content it returns reads its buffers until that request is answered.
/// </summary>
internal sealed class BulkRequestBody
{
    /// <summary>
    /// Only what JSON itself requires is escaped (quotes, backslashes, control characters, ill-formed UTF-16): the
    /// body goes to the service's JSON parser, never into HTML, so other text is sent as UTF-8 as it is.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _json = new(64 * 1024);
    private readonly MemoryStream _compressed = new();
    private readonly Utf8JsonWriter _writer;

    public BulkRequestBody() => _writer = new Utf8JsonWriter(_json, WriterOptions);

    /// <summary>The JSON array of <paramref name="logs"/>, each written by <paramref name="writeLog"/>, as request content.</summary>
    public HttpContent Write<T>(IReadOnlyList<T> logs, Action<Utf8JsonWriter, T> writeLog, int gzipThresholdBytes)
    {
        _json.ResetWrittenCount();
        _writer.Reset(_json);
        _writer.WriteStartArray();
        for (var index = 0; index < logs.Count; index++)
        {
            writeLog(_writer, logs[index]);
        }

        _writer.WriteEndArray();
        _writer.Flush();
        return JsonBody.Of(_json.WrittenMemory, gzipThresholdBytes, _compressed);
    }
}
