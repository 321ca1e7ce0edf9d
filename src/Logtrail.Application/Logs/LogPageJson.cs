using System.Text.Encodings.Web;
using System.Text.Json;
using Logtrail.Application.Common.Paging;

namespace Logtrail.Application.Logs;

/// <summary>
/// One page of logs as the response body: a UTF-8 JSON array of the contract's <c>LogEntry</c> objects, and the
/// cursor of the next page when more exist.
/// </summary>
public sealed record LogPageJson(ReadOnlyMemory<byte> Json, PageCursor? Next)
{
    /// <summary>The escaping of the API's other JSON responses (relaxed: non-ASCII text as it is), unchecked structure.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
}
