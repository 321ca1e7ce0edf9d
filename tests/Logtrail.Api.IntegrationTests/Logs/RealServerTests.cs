using System.Net;
using System.Text;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

/// <summary>The service as a real process on real Kestrel.</summary>
public sealed class RealServerTests : IntegrationTest
{
    private ServiceProcess _service = null!;

    [SetUp]
    public async Task StartServiceAsync() => _service = await ServiceProcess.StartAsync();

    [TearDown]
    public async Task StopServiceAsync() => await _service.DisposeAsync();

    [Test]
    public async Task Every_acknowledged_log_survives_the_process_being_killed()
    {
        var key = await Admin.CreateWorkspaceKeyAsync(planCode: "enterprise");
        var acknowledged = new List<Guid>();
        using (var client = _service.CreateClient(key.Key))
        {
            for (var request = 0; request < 5; request++)
            {
                acknowledged.Add(await IngestAsync(client, ValidLog($"single.{request}")));
                acknowledged.AddRange(await BulkAsync(client, Enumerable.Range(0, 20).Select(i => ValidLog($"bulk.{request}.{i}"))));
            }
        }

        await _service.RestartAsync();

        using var after = _service.CreateClient(key.Key);
        var found = new List<Guid>();
        string? next = "?pageSize=100";
        while (next is not null)
        {
            var response = await after.GetAsync(LogsPath + next);
            var page = await ContractAssert.IsOkJsonAsync(response);
            found.AddRange(page.EnumerateArray().Select(log => log.GetProperty("id").GetGuid()));
            next = response.Headers.TryGetValues("Link", out var links) ? new Uri(links.Single()[1..links.Single().IndexOf('>')]).Query : null;
        }

        Assert.That(found, Is.EquivalentTo(acknowledged));
    }

    [Test]
    public async Task A_body_over_the_cap_gets_a_413_response_not_a_reset_connection()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        using var client = _service.CreateClient(key.Key);
        var oversized = new string(' ', 2 * 1024 * 1024) + "{}";

        var declared = await client.PostAsync(LogsPath, new StringContent(oversized, Encoding.UTF8, "application/json"));
        var streamed = await client.PostAsync(LogsPath, new ChunkedContent(Encoding.UTF8.GetBytes(oversized)));

        await ContractAssert.IsErrorAsync(declared, HttpStatusCode.RequestEntityTooLarge, "VALIDATION_INVALID_REQUEST", "payload_too_large", "invalid_request_error");
        await ContractAssert.IsErrorAsync(streamed, HttpStatusCode.RequestEntityTooLarge, "VALIDATION_INVALID_REQUEST", "payload_too_large", "invalid_request_error");
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [TestCase(true, 30 * 1024 * 1024, 413, TestName = "30 MiB to POST /logs")]
    [TestCase(false, 5 * 1024 * 1024, 401, TestName = "a 5 MiB body with an unknown key")]
    public async Task A_client_that_sends_the_whole_body_before_reading_still_reads_the_error(bool validKey, int bodyBytes, int status)
    {
        var key = validKey ? (await Admin.CreateWorkspaceKeyAsync()).Key : "lt_production_rw_unknown";
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_service.BaseAddress.Host, _service.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST {LogsPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: {key}\r\nContent-Type: application/json\r\nContent-Length: {bodyBytes}\r\n\r\n";

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        for (var sent = 0; sent < bodyBytes; sent += chunk.Length)
        {
            await stream.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, bodyBytes - sent)));
        }

        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        Assert.That(response, Does.StartWith($"HTTP/1.1 {status} "));
        Assert.That(response, Does.Contain("\"error_code\"").And.Contain("Connection: close"));
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    /// <summary>A body sent without Content-Length, so the server only learns its size by reading it.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
