using System.Net;
using System.Text.Json;
using Dapper;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Operations;

/// <summary><c>dotnet Logtrail.Api.dll admin create-token --name NAME</c>: the operator who lost every admin token gets one back.</summary>
public sealed class RecoveryCommandTests : IntegrationTest
{
    [Test]
    public async Task The_recovery_command_creates_a_working_token_audited_as_cli_even_when_every_token_is_revoked()
    {
        await using (var connection = await TestDatabase.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE admin_tokens SET revoked_at = now()");
        }

        var result = await ServiceProcess.RunCommandAsync("admin", "create-token", "--name", "rescue");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var token = result.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Single(line => line.StartsWith("lt_admin_", StringComparison.Ordinal));
        var admin = BearerClient(token);
        var tokens = await ContractAssert.IsOkJsonAsync(await admin.GetAsync("/api/v1/admin/tokens"));
        Assert.That(tokens.EnumerateArray().Single(entry => entry.GetProperty("revoked_at").ValueKind == JsonValueKind.Null).GetProperty("name").GetString(), Is.EqualTo("rescue"));
        var audit = (await ContractAssert.IsOkJsonAsync(await admin.GetAsync("/api/v1/admin/audit"))).EnumerateArray().Single();
        Assert.That(audit.GetProperty("action").GetString(), Is.EqualTo("admin_token.created"));
        Assert.That(audit.GetProperty("actor").GetString(), Is.EqualTo("cli"));
        Assert.That(result.Error, Does.Not.Contain(token), "the token is printed once, on standard output");
    }

    [Test]
    public async Task The_recovery_command_without_a_name_explains_its_usage_and_creates_nothing()
    {
        var result = await ServiceProcess.RunCommandAsync("admin", "create-token");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("admin create-token --name NAME"));
        await using var connection = await TestDatabase.OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM admin_tokens"), Is.EqualTo(1), "only the test's own token");
        Assert.That((await Admin.Http.GetAsync("/api/v1/admin/tokens")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
