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
        if (bytes.Length <= gzipThresholdBytes)
        {
            return Plain(new ByteArrayContent(bytes));
        }

        using var compressed = new MemoryStream(bytes.Length / 4);
        Gzip(bytes, compressed);
        return Gzipped(new ByteArrayContent(compressed.GetBuffer(), 0, (int)compressed.Length));
    }

    /// <summary>Appends <paramref name="json"/>, gzipped, to <paramref name="destination"/>.</summary>
    public static void Gzip(ReadOnlySpan<byte> json, Stream destination)
    {
        using var gzip = new GZipStream(destination, CompressionLevel.Fastest, leaveOpen: true);
        gzip.Write(json);
    }

    /// <summary><paramref name="content"/>, labelled as JSON.</summary>
    public static HttpContent Plain(HttpContent content)
    {
        content.Headers.ContentType = Json;
        return content;
    }

    /// <summary><paramref name="content"/>, labelled as gzipped JSON.</summary>
    public static HttpContent Gzipped(HttpContent content)
    {
        content.Headers.ContentEncoding.Add("gzip");
        return Plain(content);
    }
}
