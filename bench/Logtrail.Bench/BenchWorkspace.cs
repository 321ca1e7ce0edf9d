using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Logtrail.Bench;

/// <summary>A fresh enterprise-plan project with a read-write production key, made through the admin API.</summary>
public sealed record BenchWorkspace(Guid ProjectId, Guid KeyId, string Key)
{
    public static async Task<BenchWorkspace> CreateAsync(BenchSettings settings)
    {
        using var admin = new HttpClient { BaseAddress = settings.BaseUrl };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.AdminToken);
        var organization = await PostAsync(admin, "/api/v1/admin/organizations", new { name = "Benchmarks" });
        var project = await PostAsync(admin, "/api/v1/admin/projects", new
        {
            organization_id = organization.GetProperty("id").GetGuid(), name = $"bench {DateTime.UtcNow:yyyy-MM-dd HH:mm}", plan_code = "enterprise",
        });
        var projectId = project.GetProperty("id").GetGuid();
        var key = await PostAsync(admin, $"/api/v1/admin/projects/{projectId}/keys", new { name = "bench", environment = "production", type = "rw" });
        return new BenchWorkspace(projectId, key.GetProperty("id").GetGuid(), key.GetProperty("key").GetString()!);
    }

    /// <summary>
    /// A new read-write key on the project named by <c>--project</c>, else on the one holding the most logs, to measure
    /// reads over data already there.
    /// </summary>
    public static async Task<BenchWorkspace> ForLargestProjectAsync(BenchSettings settings)
    {
        var projectId = settings.ProjectId ?? await LargestProjectAsync(settings);
        using var admin = new HttpClient { BaseAddress = settings.BaseUrl };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.AdminToken);
        var key = await PostAsync(admin, $"/api/v1/admin/projects/{projectId}/keys", new { name = "bench reads", environment = "production", type = "rw" });
        return new BenchWorkspace(projectId, key.GetProperty("id").GetGuid(), key.GetProperty("key").GetString()!);
    }

    private static async Task<Guid> LargestProjectAsync(BenchSettings settings)
    {
        await using var connection = new Npgsql.NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT project_id FROM logs WHERE environment = 'production' GROUP BY project_id ORDER BY count(*) DESC LIMIT 1", connection);
        return (Guid)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("No logs yet: run the ingest benchmark first."));
    }

    /// <summary>Another read-write production key on the project (each key holds at most 10 open tails).</summary>
    public async Task<string> CreateKeyAsync(BenchSettings settings)
    {
        using var admin = new HttpClient { BaseAddress = settings.BaseUrl };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.AdminToken);
        var key = await PostAsync(admin, $"/api/v1/admin/projects/{ProjectId}/keys", new { name = "bench tails", environment = "production", type = "rw" });
        return key.GetProperty("key").GetString()!;
    }

    /// <summary>A client with the key, to the settings' instance or spread round-robin over <paramref name="instances"/> (each with <paramref name="connections"/> connections).</summary>
    public HttpClient CreateClient(BenchSettings settings, int connections, IReadOnlyList<Uri>? instances = null)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections };
        var client = instances is { Count: > 1 }
            ? new HttpClient(new RoundRobinHandler(instances, handler)) { BaseAddress = instances[0] }
            : new HttpClient(handler) { BaseAddress = instances?.FirstOrDefault() ?? settings.BaseUrl };
        client.DefaultRequestHeaders.Add("X-API-Key", Key);
        return client;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
