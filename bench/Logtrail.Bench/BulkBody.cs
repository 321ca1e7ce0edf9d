using System.Net.Http.Headers;

namespace Logtrail.Bench;

/// <summary>One ready-made <c>POST /logs/bulk</c> body: a JSON array, gzip-compressed when <paramref name="Gzip"/>.</summary>
public sealed record BulkBody(byte[] Bytes, bool Gzip)
{
    public HttpContent Content()
    {
        var content = new ByteArrayContent(Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (Gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }

        return content;
    }
}
