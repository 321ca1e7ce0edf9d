using System.Text;
using System.Text.Json;

namespace Logtrail.Api.IntegrationTests.Streaming;

/// <summary>Reads Server-Sent Events from an open response: each event's id, type and data.</summary>
public sealed class SseStream(HttpResponseMessage response, Stream body) : IAsyncDisposable
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    public HttpResponseMessage Response { get; } = response;

    public static async Task<SseStream> OpenAsync(HttpClient client, string path, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new SseStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event (comments skipped), or null when the stream ended; fails after <paramref name="timeout"/>.</summary>
    public async Task<SseEvent?> NextAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        string? id = null, type = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellation.Token);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (type is not null || data.Length > 0)
                {
                    return new SseEvent(id, type ?? "message", data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            var separator = line.IndexOf(':');
            var field = separator < 0 ? line : line[..separator];
            var value = separator < 0 ? "" : line[(separator + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id":
                    id = value;
                    break;
                case "event":
                    type = value;
                    break;
                case "data":
                    data.Append(value);
                    break;
            }
        }
    }

    /// <summary>Log events until <paramref name="done"/> holds for the ids collected so far; other event types fail.</summary>
    public async Task<List<SseEvent>> LogsUntilAsync(Func<IReadOnlyList<SseEvent>, bool> done, TimeSpan timeout)
    {
        var events = new List<SseEvent>();
        var deadline = DateTime.UtcNow + timeout;
        while (!done(events))
        {
            var next = await NextAsync(deadline - DateTime.UtcNow);
            Assert.That(next, Is.Not.Null, "the stream ended early");
            Assert.That(next!.Type, Is.EqualTo("log"), next.Data);
            events.Add(next);
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        Response.Dispose();
        await Task.CompletedTask;
    }
}

public sealed record SseEvent(string? Id, string Type, string Data)
{
    public Guid LogId => JsonDocument.Parse(Data).RootElement.GetProperty("id").GetGuid();
}
