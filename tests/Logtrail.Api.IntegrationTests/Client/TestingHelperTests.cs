using System.Net;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Testing;

namespace Logtrail.Api.IntegrationTests.Client;

/// <summary><c>Logtrail.Testing</c>: a throw-away project through the admin API, deleted afterwards; waiting for a log.</summary>
public sealed class TestingHelperTests : IntegrationTest
{
    [Test]
    public async Task A_throw_away_project_receives_logs_finds_the_expected_one_and_is_deleted_afterwards()
    {
        using var handler = Api.Server.CreateHandler();
        var logtrail = await LogtrailTestProject.CreateAsync(new LogtrailTestProjectOptions
        {
            BaseUrl = new Uri("http://localhost"),
            AdminToken = Admin.Token,
            Handler = handler,
        });
        var projectId = logtrail.ProjectId;
        using var app = DataClient(logtrail.ApiKey);

        var waiting = logtrail.Logs.WaitForAsync("action=user.login actor.id=u1", TimeSpan.FromSeconds(60));
        await LogRequests.IngestAsync(app, new { action = "user.login", level = "info", clientTimestamp = DateTimeOffset.UtcNow, actor = new { id = "u2" } });
        await LogRequests.IngestAsync(app, new { action = "user.login", level = "info", clientTimestamp = DateTimeOffset.UtcNow, actor = new { id = "u1" } });
        var found = await waiting;

        Assert.That(found.Actor!["id"]!.GetValue<string>(), Is.EqualTo("u1"));
        Assert.That(logtrail.Client.Environment, Is.EqualTo("development"));
        await logtrail.DisposeAsync();
        Assert.That((await Admin.Http.GetAsync($"/api/v1/admin/projects/{projectId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await app.GetAsync("/api/v1/workspace/info")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await LogRequests.CountStoredAsync(), Is.Zero);
    }

    [Test]
    public async Task Waiting_for_a_log_that_never_comes_ends_in_a_timeout()
    {
        using var handler = Api.Server.CreateHandler();
        await using var logtrail = await LogtrailTestProject.CreateAsync(new LogtrailTestProjectOptions
        {
            BaseUrl = new Uri("http://localhost"),
            AdminToken = Admin.Token,
            Handler = handler,
        });

        var error = Assert.ThrowsAsync<TimeoutException>(() => logtrail.Logs.WaitForAsync("action=never.happened", TimeSpan.FromSeconds(1)))!;

        Assert.That(error.Message, Does.Contain("action=never.happened"));
    }
}
