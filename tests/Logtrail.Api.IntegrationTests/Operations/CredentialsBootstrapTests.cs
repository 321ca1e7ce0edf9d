using System.Net;
using System.Text.Json;
using Logtrail.Api.Bootstrap;
using Logtrail.Api.IntegrationTests.Support;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.IntegrationTests.Operations;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CredentialsBootstrapTests : IntegrationTest
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("logtrail-bootstrap-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task The_first_start_writes_private_credentials_that_work_and_later_starts_keep_them()
    {
        var path = Path.Combine(_directory, "credentials.json");

        await RunBootstrapAsync(path);
        var firstWrite = await File.ReadAllTextAsync(path);
        await RunBootstrapAsync(path);

        Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo(firstWrite));
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        var credentials = JsonDocument.Parse(firstWrite).RootElement;
        var keys = credentials.GetProperty("keys");
        foreach (var environment in new[] { "development", "staging", "production" })
        {
            var key = keys.GetProperty(environment).GetString()!;
            Assert.That(key, Does.StartWith($"lt_{environment}_rw_"));
            var info = await ContractAssert.IsOkJsonAsync(await DataClient(key).GetAsync("/api/v1/workspace/info"));
            Assert.That(info.GetProperty("project").GetProperty("id").GetGuid(), Is.EqualTo(credentials.GetProperty("project_id").GetGuid()));
            Assert.That(info.GetProperty("plan").GetProperty("code").GetString(), Is.EqualTo("dev"));
        }

        var admin = BearerClient(credentials.GetProperty("admin_token").GetString()!);
        Assert.That((await admin.GetAsync("/api/v1/admin/organizations")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(credentials.GetProperty("base_url").GetString(), Is.EqualTo("http://127.0.0.1:5999"));
    }

    private static async Task RunBootstrapAsync(string path)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var bootstrap = ActivatorUtilities.CreateInstance<CredentialsFileBootstrap>(
            scope.ServiceProvider,
            Options.Create(new BootstrapOptions { CredentialsFile = path, PlanCode = "dev", BaseUrl = "http://127.0.0.1:5999" }));
        await bootstrap.RunAsync(CancellationToken.None);
    }
}
