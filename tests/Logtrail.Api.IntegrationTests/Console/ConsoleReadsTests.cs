using System.Net;
using Logtrail.Api.IntegrationTests.Support;
using Npgsql;

namespace Logtrail.Api.IntegrationTests.Console;

/// <summary>The console's reads of logs: the data API's requests, confined to the project and environment the page names.</summary>
public sealed class ConsoleReadsTests : IntegrationTest
{
    [Test]
    public async Task Search_and_export_read_only_the_named_project_and_environment()
    {
        var projectId = await Admin.CreateProjectAsync();
        var otherProject = await Admin.CreateProjectAsync();
        await IngestAsync(projectId, "production", "invoice.failed", "error");
        await IngestAsync(projectId, "production", "user.login", "info");
        await IngestAsync(projectId, "staging", "invoice.failed", "error");
        await IngestAsync(otherProject, "production", "invoice.failed", "error");
        using var console = ConsoleClient.Create(Api);
        await console.SignInAsync(Admin.Token);

        var search = await console.GetHtmlAsync($"/console/projects/{projectId}/search?environment=production&q=level%3Derror");
        Assert.That(CountOf(search, "class=\"log level-"), Is.EqualTo(1));

        var export = await console.Http.GetAsync($"/console/projects/{projectId}/search?environment=production&q=level%3Derror&handler=Export&format=csv");
        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(export.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        var lines = (await export.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2), "the header and the one production error of this project");
        Assert.That(lines[1], Does.Contain("invoice.failed").And.Contain("production"));

        var staging = await console.Http.GetAsync($"/console/projects/{projectId}/search?environment=staging&handler=Export&format=ndjson");
        var stagingLines = (await staging.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(stagingLines, Has.Length.EqualTo(1));
        Assert.That(stagingLines[0], Does.Contain("\"environment\":\"staging\""));
    }

    [Test]
    public async Task A_query_naming_another_environment_is_refused_on_the_page()
    {
        var projectId = await Admin.CreateProjectAsync();
        using var console = ConsoleClient.Create(Api);
        await console.SignInAsync(Admin.Token);

        var response = await console.Http.GetAsync($"/console/projects/{projectId}/search?environment=production&q=environment%3Dstaging");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("cannot access staging"));
    }

    [Test]
    public async Task A_live_tail_stream_ends_once_its_session_token_is_revoked()
    {
        var projectId = await Admin.CreateProjectAsync();
        using var console = ConsoleClient.Create(Api);
        await console.SignInAsync(Admin.Token);
        using var response = await console.Http.GetAsync(
            $"/console/projects/{projectId}/tail?environment=production&handler=Stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/event-stream"));
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(stream);
        Assert.That(await reader.ReadLineAsync(), Does.StartWith("retry:"));

        await using (var connection = await TestDatabase.OpenAsync())
        await using (var revoke = new NpgsqlCommand("UPDATE admin_tokens SET revoked_at = now()", connection))
        {
            await revoke.ExecuteNonQueryAsync();
        }

        Assert.That(await EndsWithinAsync(reader, TimeSpan.FromSeconds(20)), Is.True, "the stream was closed after the revocation");
    }

    /// <summary>Reads until the server closes or aborts the stream; false if it is still open at the deadline.</summary>
    private static async Task<bool> EndsWithinAsync(StreamReader reader, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await reader.ReadToEndAsync(timeout.Token);
            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (HttpRequestException)
        {
            return true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task IngestAsync(Guid projectId, string environment, string action, string level)
    {
        var key = await Admin.CreateKeyAsync(projectId, environment);
        using var data = DataClient(key.Key);
        await LogRequests.IngestAsync(data, LogRequests.ValidLog(action, level));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
