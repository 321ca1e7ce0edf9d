using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Logtrail.Console.BrowserTests.Support;

/// <summary>The admin and data APIs over HTTP, for the set-up a browser story does not need to click through.</summary>
public sealed class AdminApi(string baseUrl, string adminToken) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl), DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", adminToken) } };

    public async Task<Guid> CreateProjectAsync(string name, string planCode = "pro")
    {
        var organization = await CreatedAsync("/api/v1/admin/organizations", new { name = $"{name} org" });
        var project = await CreatedAsync("/api/v1/admin/projects", new { organization_id = organization.GetProperty("id").GetGuid(), name, plan_code = planCode });
        return project.GetProperty("id").GetGuid();
    }

    public async Task<(Guid Id, string Key)> CreateKeyAsync(Guid projectId, string environment = "production", string type = "rw")
    {
        var key = await CreatedAsync($"/api/v1/admin/projects/{projectId}/keys", new { name = $"{environment} {type}", environment, type });
        return (key.GetProperty("id").GetGuid(), key.GetProperty("key").GetString()!);
    }

    /// <summary>A data-API client presenting <paramref name="key"/>.</summary>
    public HttpClient DataClient(string key) =>
        new() { BaseAddress = _http.BaseAddress, DefaultRequestHeaders = { { "X-API-Key", key } } };

    public static async Task IngestAsync(HttpClient data, params object[] logs)
    {
        var response = await data.PostAsJsonAsync("/api/v1/workspace/logs/bulk", logs);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    public static object Log(string action, string level = "info", object? actor = null, object? target = null, string? message = null) =>
        new { action, level, clientTimestamp = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("O"), actor, target, message };

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> CreatedAsync(string path, object body)
    {
        var response = await _http.PostAsJsonAsync(path, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
