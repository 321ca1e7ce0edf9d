using System.Net;
using System.Text.Json;
using Dapper;
using Logtrail.Api.Bootstrap;
using Logtrail.Api.IntegrationTests.Support;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.IntegrationTests.Operations;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StartModeTests : IntegrationTest
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("logtrail-bootstrap-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task Demo_mode_writes_private_credentials_that_work_on_the_first_start_and_later_starts_keep_them()
    {
        var path = Path.Combine(_directory, "credentials.json");

        await RunBootstrapAsync(BootstrapMode.Demo, path);
        var firstWrite = await File.ReadAllTextAsync(path);
        await RunBootstrapAsync(BootstrapMode.Demo, path);

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

    [Test]
    public async Task Admin_mode_creates_one_first_token_when_none_is_active_even_when_instances_start_together()
    {
        await RevokeEveryAdminTokenAsync();
        var path = Path.Combine(_directory, "admin.json");

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RunBootstrapAsync(BootstrapMode.Admin, path)));

        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        var written = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement;
        var admin = BearerClient(written.GetProperty("admin_token").GetString()!);
        var tokens = await ContractAssert.IsOkJsonAsync(await admin.GetAsync("/api/v1/admin/tokens"));
        var active = tokens.EnumerateArray().Where(token => token.GetProperty("revoked_at").ValueKind == JsonValueKind.Null).ToList();
        Assert.That(active.Select(token => token.GetProperty("id").GetGuid()), Is.EqualTo(new[] { written.GetProperty("admin_token_id").GetGuid() }));
        var audit = (await ContractAssert.IsOkJsonAsync(await admin.GetAsync("/api/v1/admin/audit"))).EnumerateArray().Single();
        Assert.That(audit.GetProperty("action").GetString(), Is.EqualTo("admin_token.created"));
        Assert.That(audit.GetProperty("actor").GetString(), Is.EqualTo("bootstrap"));
        Assert.That(audit.GetProperty("token_id").ValueKind, Is.EqualTo(JsonValueKind.Null));

        var firstWrite = await File.ReadAllTextAsync(path);
        await RunBootstrapAsync(BootstrapMode.Admin, path);
        Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo(firstWrite), "an active token exists now: a later start creates none");
    }

    [Test]
    public async Task Admin_mode_creates_nothing_while_an_active_token_exists()
    {
        var path = Path.Combine(_directory, "admin.json");

        await RunBootstrapAsync(BootstrapMode.Admin, path);

        Assert.That(File.Exists(path), Is.False);
        Assert.That(await CountAsync("SELECT count(*) FROM admin_tokens"), Is.EqualTo(1), "only the test's own token");
    }

    [Test]
    public async Task None_mode_creates_nothing_even_without_any_admin_token()
    {
        await RevokeEveryAdminTokenAsync();
        var path = Path.Combine(_directory, "none.json");

        await RunBootstrapAsync(BootstrapMode.None, path);

        Assert.That(File.Exists(path), Is.False);
        Assert.That(await CountAsync("SELECT count(*) FROM admin_tokens WHERE revoked_at IS NULL"), Is.Zero);
        Assert.That(await CountAsync("SELECT count(*) FROM organizations"), Is.Zero);
    }

    [Test]
    public void Demo_and_admin_modes_need_a_credentials_file()
    {
        Assert.That(new BootstrapOptions { Mode = BootstrapMode.Admin }.HasCredentialsFileWhenNeeded, Is.False);
        Assert.That(new BootstrapOptions { Mode = BootstrapMode.Demo }.HasCredentialsFileWhenNeeded, Is.False);
        Assert.That(new BootstrapOptions { Mode = BootstrapMode.None }.HasCredentialsFileWhenNeeded, Is.True);
    }

    private static async Task RevokeEveryAdminTokenAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await connection.ExecuteAsync("UPDATE admin_tokens SET revoked_at = now()");
    }

    private static async Task<long> CountAsync(string sql)
    {
        await using var connection = await TestDatabase.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private static async Task RunBootstrapAsync(BootstrapMode mode, string path)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var bootstrap = ActivatorUtilities.CreateInstance<StartupBootstrap>(
            scope.ServiceProvider,
            Options.Create(new BootstrapOptions { Mode = mode, CredentialsFile = path, PlanCode = "dev", BaseUrl = "http://127.0.0.1:5999" }));
        await bootstrap.RunAsync(CancellationToken.None);
    }
}
