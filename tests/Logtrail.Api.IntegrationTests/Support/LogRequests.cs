using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>Shortcuts for the ingest and read endpoints.</summary>
public static class LogRequests
{
    public const string LogsPath = "/api/v1/workspace/logs";

    public static object ValidLog(string action = "user.login", string level = "info") =>
        new { action, level, clientTimestamp = "2026-11-23T10:00:00Z", message = "signed in", tags = new[] { "auth" }, actor = new { id = "u1", name = "Ann" } };

    public static HttpContent Json(string json, string contentType = "application/json") =>
        new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue(contentType));

    public static HttpContent Json(object value) => Json(JsonSerializer.Serialize(value));

    public static HttpContent Gzip(string json, string contentType = "application/json")
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }

    public static async Task<Guid> IngestAsync(HttpClient client, object log)
    {
        var response = await client.PostAsync(LogsPath, Json(log));
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<IReadOnlyList<Guid>> BulkAsync(HttpClient client, IEnumerable<object> logs)
    {
        var response = await client.PostAsync($"{LogsPath}/bulk", Json(logs.ToArray()));
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ids").EnumerateArray().Select(id => id.GetGuid()).ToArray();
    }

    public static async Task<JsonElement> PageAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"{LogsPath}{query}");
        return await ContractAssert.IsOkJsonAsync(response);
    }

    /// <summary>The query string of a <c>Link: &lt;url&gt;; rel="next"</c> header.</summary>
    public static string QueryOf(string link)
    {
        var url = link[(link.IndexOf('<') + 1)..link.IndexOf('>')];
        Assert.That(link, Does.EndWith("rel=\"next\""));
        return new Uri(url).Query;
    }

    /// <summary>How many logs the database holds in all, whoever wrote them.</summary>
    public static async Task<long> CountStoredAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM logs";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
