using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Logtrail.Application.Logs.Tail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.Streaming;

/// <summary>
/// Writes a <see cref="LogTailSession"/> as Server-Sent Events: <c>log</c> events (the <c>LogEntry</c> JSON, with the
/// resume cursor as <c>id:</c>), <c>reset</c>, and a final <c>overflow</c> when the consumer fell behind; a heartbeat
/// comment after <see cref="TailOptions.HeartbeatInterval"/> of silence. Ends cleanly when the client leaves or the
/// service stops (clients reconnect with <c>Last-Event-ID</c>).
/// </summary>
public sealed class LogTailStream(IOptions<JsonOptions> json, TailOptions options, IHostApplicationLifetime lifetime)
{
    private static readonly byte[] Heartbeat = ": heartbeat\n\n"u8.ToArray();
    private readonly JsonSerializerOptions _json = new(json.Value.JsonSerializerOptions) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(HttpContext http, LogTailSession session)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        var body = response.Body;
        try
        {
            await body.WriteAsync(Encoding.UTF8.GetBytes($"retry: 2000\n: connected\n\n"), ending.Token);
            await body.FlushAsync(ending.Token);
            var events = session.Events;
            while (await WaitOrHeartbeatAsync(events, body, ending.Token))
            {
                while (events.TryRead(out var tailEvent))
                {
                    await body.WriteAsync(Format(tailEvent), ending.Token);
                }

                await body.FlushAsync(ending.Token);
            }

            if (session.Overflowed)
            {
                await body.WriteAsync(Encoding.UTF8.GetBytes(
                    $"event: overflow\ndata: {{\"reason\":\"consumer_too_slow\",\"buffered_events\":{options.BufferedEvents}}}\n\n"), ending.Token);
                await body.FlushAsync(ending.Token);
            }
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            // The client left, or the service is stopping: the stream simply ends.
        }
    }

    /// <summary>Waits for events; writes a heartbeat for each silent interval. False when the session has ended.</summary>
    private async Task<bool> WaitOrHeartbeatAsync(System.Threading.Channels.ChannelReader<TailEvent> events, Stream body, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var silence = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            silence.CancelAfter(options.HeartbeatInterval);
            try
            {
                return await events.WaitToReadAsync(silence.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await body.WriteAsync(Heartbeat, cancellationToken);
                await body.FlushAsync(cancellationToken);
            }
        }
    }

    private byte[] Format(TailEvent tailEvent) => Encoding.UTF8.GetBytes(tailEvent.Kind switch
    {
        TailEventKind.Log => $"id: {tailEvent.Cursor}\nevent: log\ndata: {JsonSerializer.Serialize(tailEvent.Entry, _json)}\n\n",
        TailEventKind.Reset => $"event: reset\ndata: {JsonSerializer.Serialize(new { reason = tailEvent.Reason }, _json)}\n\n",
        _ => throw new ArgumentOutOfRangeException(nameof(tailEvent), tailEvent.Kind, "Overflow is written when the session ends."),
    });
}
