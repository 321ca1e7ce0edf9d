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
        ByteArrayContent content;
        if (bytes.Length > gzipThresholdBytes)
        {
            content = new ByteArrayContent(Gzip(bytes));
            content.Headers.ContentEncoding.Add("gzip");
        }
        else
        {
            content = new ByteArrayContent(bytes);
        }

        content.Headers.ContentType = Json;
        return content;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream(bytes.Length / 4);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return compressed.ToArray();
    }
}
