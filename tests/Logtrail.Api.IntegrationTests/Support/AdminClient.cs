using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Logtrail.Application.Authentication;
using Logtrail.Domain.Keys;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>The admin API over HTTP with a fresh admin token, plus shortcuts that read as test stories.</summary>
public sealed class AdminClient
{
    private AdminClient(HttpClient http, string token)
    {
        Http = http;
        Token = token;
    }

    public HttpClient Http { get; }

    public string Token { get; }

    public static async Task<AdminClient> CreateAsync(LogtrailApiFactory api)
    {
        var token = AdminTokenFormat.Generate();
        var clock = api.Services.GetRequiredService<TimeProvider>();
        await api.Services.GetRequiredService<IAdminTokenRepository>().AddAsync(
            new AdminToken(Guid.CreateVersion7(), "tests", AdminTokenFormat.DisplayPrefix(token), SecretHash.Compute(token), clock.GetUtcNow(), ExpiresAt: null, RevokedAt: null),
            CancellationToken.None);
        var http = api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new AdminClient(http, token);
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body) => Http.PostAsJsonAsync(path, body);

    public async Task<JsonElement> CreatedAsync(string path, object? body)
    {
        var response = await PostAsync(path, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<Guid> CreateOrganizationAsync(string name = "Acme") =>
        (await CreatedAsync("/api/v1/admin/organizations", new { name })).GetProperty("id").GetGuid();

    public async Task<Guid> CreateProjectAsync(string planCode = "pro", Guid? organizationId = null) =>
        (await CreatedAsync("/api/v1/admin/projects", new
        {
            organization_id = organizationId ?? await CreateOrganizationAsync(),
            name = "Shop",
            plan_code = planCode,
        })).GetProperty("id").GetGuid();

    public async Task<IssuedKey> CreateKeyAsync(Guid projectId, string environment = "production", string type = "rw", DateTimeOffset? expiresAt = null)
    {
        var created = await CreatedAsync($"/api/v1/admin/projects/{projectId}/keys", new { name = $"{environment} {type}", environment, type, expires_at = expiresAt });
        return new IssuedKey(created.GetProperty("id").GetGuid(), created.GetProperty("key").GetString()!);
    }

    /// <summary>A new project on <paramref name="planCode"/> and one key of it.</summary>
    public async Task<IssuedKey> CreateWorkspaceKeyAsync(string environment = "production", string type = "rw", string planCode = "pro") =>
        await CreateKeyAsync(await CreateProjectAsync(planCode), environment, type);

    public async Task<HttpResponseMessage> RevokeAsync(Guid keyId) => await PostAsync($"/api/v1/admin/keys/{keyId}/revoke", null);

    public async Task<HttpResponseMessage> RotateAsync(Guid keyId, int? graceSeconds) =>
        await PostAsync($"/api/v1/admin/keys/{keyId}/rotate", graceSeconds is null ? new { } : new { grace_period_seconds = graceSeconds });
}

public sealed record IssuedKey(Guid Id, string Key);
