using System.IO.Compression;
using System.IO.Pipelines;
using Logtrail.Application.Logs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Logtrail.Api.Export;

/// <summary>
/// Streams an export. The first batch is read before anything is sent, so a failure there is an ordinary error
/// response; a failure after the first byte aborts the connection, so that a truncated file never looks complete
/// (no final chunk, no gzip trailer). Gzip when the client accepts it. Output is flushed every 64 KiB.
/// </summary>
public sealed class LogExportResult(IAsyncEnumerable<LogEntryDto> entries, ILogFileFormat format, DateTimeOffset now) : IActionResult
{
    private const int FlushThreshold = 64 * 1024;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var cancellationToken = http.RequestAborted;
        await using var enumerator = entries.GetAsyncEnumerator(cancellationToken);
        var any = await enumerator.MoveNextAsync();

        var response = http.Response;
        var gzip = AcceptsGzip(http.Request);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.MediaType;
        response.Headers.ContentDisposition = $"attachment; filename=\"logs-{now:yyyyMMdd'T'HHmmss'Z'}.{format.Extension}\"";
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (gzip)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        try
        {
            await WriteAsync(response, gzip, enumerator, any, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            http.RequestServices.GetRequiredService<ILogger<LogExportResult>>()
                .LogError(exception, "Export failed after its response started; aborting the connection.");
            http.Abort();
        }
    }

    /// <summary>Plain files go straight into the response's own pipe; gzip through a pipe over the compressing stream.</summary>
    private async Task WriteAsync(HttpResponse response, bool gzip, IAsyncEnumerator<LogEntryDto> enumerator, bool any, CancellationToken cancellationToken)
    {
        await using var compressed = gzip ? new GZipStream(response.Body, CompressionLevel.Fastest, leaveOpen: true) : null;
        var output = compressed is null ? response.BodyWriter : PipeWriter.Create(compressed, new StreamPipeWriterOptions(leaveOpen: true));
        var file = format.Start(output);
        while (any)
        {
            file.WriteEntry(enumerator.Current);
            if (output.UnflushedBytes >= FlushThreshold)
            {
                await output.FlushAsync(cancellationToken);
            }

            any = await enumerator.MoveNextAsync();
        }

        await output.CompleteAsync();
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var codings)
        && codings.Any(coding => coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (coding.Quality ?? 1) > 0);
}
