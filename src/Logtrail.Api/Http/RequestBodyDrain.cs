using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace Logtrail.Api.Http;

/// <summary>
/// Before an error is answered to a request whose body has not been read to its end (401, 413, 415, 429 …), reads and
/// discards the rest — at most <see cref="MaxBytes"/> within <see cref="MaxTime"/> — and marks the connection to close
/// after the response. Clients that send the whole body before they read the response (Python's urllib, many HTTP
/// libraries) then read the error instead of a broken pipe.
/// </summary>
public static class RequestBodyDrain
{
    public const long MaxBytes = 64L * 1024 * 1024;
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);

    public static async Task DrainAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any(value => value?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)))
        {
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        if (HttpProtocol.IsHttp11(request.Protocol) || HttpProtocol.IsHttp10(request.Protocol))
        {
            context.Response.Headers.Connection = "close";
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(MaxTime);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long drained = 0;
            int read;
            while (drained < MaxBytes && (read = await request.Body.ReadAsync(buffer, deadline.Token)) > 0)
            {
                drained += read;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or BadHttpRequestException)
        {
            // The client was too slow, went away, or sent more than the server takes: answer anyway; the connection closes.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
