using System.Net;
using System.Net.Http.Headers;

namespace Logtrail.Bench;

/// <summary>An <c>application/x-ndjson</c> request body written by <paramref name="write"/> while it is sent (no buffering).</summary>
public sealed class NdjsonContent : HttpContent
{
    private readonly Func<Stream, Task> _write;

    public NdjsonContent(Func<Stream, Task> write)
    {
        _write = write;
        Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _write(stream);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
