using System.Net;
using System.Net.Http.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Admin;

/// <summary><c>DELETE /projects/{id}</c>: the project, its keys and every row of its data go; other projects stay.</summary>
public sealed class DeleteProjectTests : IntegrationTest
{
    [Test]
    public async Task Deleting_a_project_removes_its_keys_and_all_its_data_and_is_audited()
    {
        var doomed = await Admin.CreateProjectAsync();
        var kept = await Admin.CreateProjectAsync();
        var doomedKey = await Admin.CreateKeyAsync(doomed);
        var keptKey = await Admin.CreateKeyAsync(kept);
        using var doomedClient = DataClient(doomedKey.Key);
        using var keptClient = DataClient(keptKey.Key);
        var idempotent = new HttpRequestMessage(HttpMethod.Post, LogsPath) { Content = Json(ValidLog()) };
        idempotent.Headers.Add("Idempotency-Key", "k1");
        Assert.That((await doomedClient.SendAsync(idempotent)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await BulkAsync(doomedClient, [ValidLog("team.invite"), ValidLog("team.invite")]);
        await IngestAsync(keptClient, ValidLog());
        Assert.That((await Admin.Http.PutAsJsonAsync($"/api/v1/admin/projects/{doomed}/actions/team.invite", new { is_public = true })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await Background.FlushActivityAsync();

        var deleted = await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{doomed}");

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await doomedClient.GetAsync("/api/v1/workspace/info")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "its keys stop at once");
        Assert.That((await Admin.Http.GetAsync($"/api/v1/admin/projects/{doomed}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await RowsOfAsync(doomed), Is.Empty, "no table keeps a row of the deleted project");
        Assert.That((await keptClient.GetAsync("/api/v1/workspace/info")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountStoredAsync(), Is.EqualTo(1), "the other project's log stays");
        var audit = await Admin.GetJsonAsync("/api/v1/admin/audit?pageSize=100");
        var entry = audit.EnumerateArray().First();
        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("project.deleted"));
        Assert.That(entry.GetProperty("target").GetString(), Is.EqualTo($"project:{doomed}"));
    }

    [Test]
    public async Task Deleting_a_missing_project_is_not_found()
    {
        var response = await Admin.Http.DeleteAsync($"/api/v1/admin/projects/{Guid.CreateVersion7()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("error_code").GetString(), Is.EqualTo("NOT_FOUND"));
    }

    /// <summary>Every table with a <c>project_id</c> column that still has a row of <paramref name="projectId"/>.</summary>
    private static async Task<List<string>> RowsOfAsync(Guid projectId)
    {
        await using var connection = await TestDatabase.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.columns WHERE column_name = 'project_id' AND table_schema = current_schema()";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.That(tables, Does.Contain("logs").And.Contain("api_keys").And.Contain("usage_counters").And.Contain("idempotency_records"));
        var left = new List<string>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE project_id = $1";
            count.Parameters.AddWithValue(projectId);
            if ((long)(await count.ExecuteScalarAsync())! > 0)
            {
                left.Add(table);
            }
        }

        return left;
    }
}
