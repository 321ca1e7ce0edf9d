using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Logtrail.Client.Http;

/// <summary>
/// Request bodies as bytes, so that a retry re-sends exactly the same bytes (what idempotency replays compare); gzip
/// above a size threshold.
/// </summary>
internal static class JsonBody
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static HttpContent Create<T>(T value, JsonTypeInfo<T> type, int gzipThresholdBytes)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, type);
        using var compressed = new MemoryStream(bytes.Length / 4);
        return Of(bytes, gzipThresholdBytes, compressed);
    }

    /// <summary>
    /// <paramref name="json"/> as request content: as it is up to <paramref name="gzipThresholdBytes"/>, above it
    /// gzipped into <paramref name="compressed"/> (emptied first), which the content then reads until it is sent.
    /// </summary>
    public static HttpContent Of(ReadOnlyMemory<byte> json, int gzipThresholdBytes, MemoryStream compressed)
    {
        if (json.Length <= gzipThresholdBytes)
        {
            return Plain(new ReadOnlyMemoryContent(json));
        }

        compressed.SetLength(0);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(json.Span);
        }

        var content = new ByteArrayContent(compressed.GetBuffer(), 0, (int)compressed.Length);
        content.Headers.ContentEncoding.Add("gzip");
        return Plain(content);
    }

    /// <summary><paramref name="content"/>, labelled as JSON.</summary>
    private static HttpContent Plain(HttpContent content)
    {
        content.Headers.ContentType = Json;
        return content;
    }
}
