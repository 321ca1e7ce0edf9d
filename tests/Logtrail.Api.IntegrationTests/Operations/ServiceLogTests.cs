using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Operations;

/// <summary>
/// The service's own log on standard output, as a supervisor collects it: one line per request with method, path,
/// status and request id, never a key, and every line queued before a SIGTERM written before the process exits.
/// </summary>
public sealed class ServiceLogTests : IntegrationTest
{
    private ServiceProcess? _service;

    [TearDown]
    public async Task StopServiceAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    [Test]
    public async Task Every_request_answered_before_a_sigterm_has_its_line_in_the_output_and_no_key_does()
    {
        var key = await Admin.CreateWorkspaceKeyAsync(planCode: "enterprise");
        _service = await ServiceProcess.StartAsync(new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Information" });
        using var client = _service.CreateClient(key.Key);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => client.GetAsync("/api/v1/workspace/info")));
        var requestIds = responses.Select(response => response.Headers.GetValues("X-Request-Id").Single()).ToList();
        Assert.That(responses.Select(response => (int)response.StatusCode), Is.All.EqualTo(200));

        Assert.That(await _service.StopAsync(), Is.Zero, "a SIGTERM is an orderly stop");

        var missing = requestIds.Where(id => !_service.HasWritten(line =>
            line.Contains($"HTTP GET /api/v1/workspace/info responded 200 in ", StringComparison.Ordinal)
            && line.Contains($"(request {id})", StringComparison.Ordinal))).ToList();
        Assert.That(missing, Is.Empty, "each answered request has its one line, written before the process exited");
        Assert.That(_service.HasWritten(line => line.Contains("Application is shutting down", StringComparison.Ordinal)), Is.True,
            "a line logged during shutdown is written too");
        var secret = key.Key[(key.Key.LastIndexOf('_') + 1)..];
        Assert.That(_service.HasWritten(line => line.Contains(secret, StringComparison.Ordinal)), Is.False, "a key's secret reached the log");
    }
}
