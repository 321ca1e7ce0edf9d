using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Logtrail.Testing;

/// <summary>The few admin-API calls a throw-away project needs.</summary>
internal sealed class AdminApi(HttpClient http) : IDisposable
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static AdminApi Create(Uri baseUrl, string token, HttpMessageHandler? handler)
    {
        var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/api/v1/admin/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new AdminApi(http);
    }

    public async Task<Guid> CreateOrganizationAsync(string name, CancellationToken cancellationToken) =>
        (await PostAsync("organizations", new { name }, cancellationToken)).GetProperty("id").GetGuid();

    public async Task<Guid> CreateProjectAsync(Guid organizationId, string name, string planCode, CancellationToken cancellationToken) =>
        (await PostAsync("projects", new { organizationId, name, planCode }, cancellationToken)).GetProperty("id").GetGuid();

    public async Task<string> CreateKeyAsync(Guid projectId, string environment, string type, CancellationToken cancellationToken) =>
        (await PostAsync($"projects/{projectId}/keys", new { name = $"test {environment} {type}", environment, type }, cancellationToken))
            .GetProperty("key").GetString()!;

    /// <summary>Deletes the project with its keys and data; a project already gone is fine.</summary>
    public async Task DeleteProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync($"projects/{projectId}", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => http.Dispose();

    private async Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, SnakeCase, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException(
                $"The Logtrail admin API answered {(int)response.StatusCode} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {body}");
        }
    }
}
