using System.Net;
using System.Net.Http.Json;
using Dapper;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Admin;

/// <summary>An admin command, its audit row and its key-change notification commit together or not at all.</summary>
public sealed class AdminCommandTransactionTests : IntegrationTest
{
    [TearDown]
    public async Task LetAuditWritesSucceedAgainAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await connection.ExecuteAsync("DROP TRIGGER IF EXISTS refuse_audit_writes ON admin_audit; DROP FUNCTION IF EXISTS refuse_audit_writes();");
    }

    [Test]
    public async Task A_revocation_whose_audit_write_fails_leaves_the_key_working()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var data = DataClient(key.Key);
        Assert.That((await data.GetAsync("/api/v1/workspace/info")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await RefuseAuditWritesAsync();

        var response = await Admin.RevokeAsync(key.Id);

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.InternalServerError, "INTERNAL_SERVER_ERROR", "internal_error", "api_error");
        await using var connection = await TestDatabase.OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<DateTime?>("SELECT revoked_at FROM api_keys WHERE id = @id", new { id = key.Id }), Is.Null);
        Assert.That((await data.GetAsync("/api/v1/workspace/info")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the cache was not told either");
    }

    [Test]
    public async Task Creations_whose_audit_write_fails_store_nothing()
    {
        var projectId = await Admin.CreateProjectAsync();
        await RefuseAuditWritesAsync();

        var organization = await Admin.PostAsync("/api/v1/admin/organizations", new { name = "Ghost" });
        var key = await Admin.PostAsync($"/api/v1/admin/projects/{projectId}/keys", new { name = "ghost", environment = "production", type = "rw" });
        var token = await Admin.PostAsync("/api/v1/admin/tokens", new { name = "ghost" });
        var plan = await Admin.Http.PatchAsJsonAsync($"/api/v1/admin/projects/{projectId}", new { plan_code = "free" });

        Assert.That(new[] { organization.StatusCode, key.StatusCode, token.StatusCode, plan.StatusCode }, Is.All.EqualTo(HttpStatusCode.InternalServerError));
        await using var connection = await TestDatabase.OpenAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM organizations WHERE name = 'Ghost'"), Is.Zero);
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM api_keys"), Is.Zero);
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM admin_tokens WHERE name = 'ghost'"), Is.Zero);
            Assert.That(await connection.ExecuteScalarAsync<string>("SELECT plan_code FROM projects WHERE id = @projectId", new { projectId }), Is.EqualTo("pro"));
        });
    }

    private static async Task RefuseAuditWritesAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await connection.ExecuteAsync(
            """
            CREATE FUNCTION refuse_audit_writes() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit writes refused by the test';
            END;
            $$;
            CREATE TRIGGER refuse_audit_writes BEFORE INSERT ON admin_audit FOR EACH ROW EXECUTE FUNCTION refuse_audit_writes();
            """);
    }
}
