using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Streaming;

/// <summary><c>GET /logs/export</c>: the same logs in the same order as paging, in NDJSON and CSV, gzip, retention, CSV safety.</summary>
public sealed class ExportTests : WorkspaceTest
{
    private const string ExportPath = $"{LogsPath}/export";

    [SetUp]
    public async Task SeedAsync()
    {
        for (var round = 0; round < 3; round++)
        {
            await BulkAsync(Production, Enumerable.Range(0, 60).Select(index => (object)new
            {
                action = $"batch{round}.item",
                level = index % 3 == 0 ? "error" : "info",
                clientTimestamp = "2026-11-23T10:00:00Z",
                message = $"line {index}, with \"quotes\"",
                tags = new[] { "t" + (index % 4) },
                metadata = new { index },
            }));
            Api.Clock.Advance(TimeSpan.FromSeconds(3));
        }
    }

    [Test]
    public async Task Ndjson_export_equals_paging_through_get_logs()
    {
        var paged = await PageAllWithQueryStringAsync(page => Production.GetAsync($"{LogsPath}?pageSize=100{page}"));

        var lines = (await ExportTextAsync("?format=ndjson")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var exported = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.That(exported.Select(entry => entry.GetProperty("id").GetGuid()), Is.EqualTo(paged.Select(entry => entry.GetProperty("id").GetGuid())));
        Assert.That(exported[0].GetRawText(), Is.EqualTo(paged[0].GetRawText()), "each line is the API's LogEntry");
        Assert.That(exported, Has.Count.EqualTo(180));
    }

    [Test]
    public async Task Csv_export_of_a_query_equals_paging_through_post_logs_query()
    {
        const string query = "level=error tag=t0,t1";
        var paged = await PageAllAsync(cursor => Production.PostAsync($"{LogsPath}/query", Json(Cursor(cursor, query))));

        var rows = Csv.Parse(await ExportTextAsync($"?format=csv&query={Uri.EscapeDataString(query)}"));

        Assert.That(rows[0], Is.EqualTo(new[]
        {
            "id", "server_timestamp", "client_timestamp", "environment", "level", "action", "message", "tags", "actor", "target", "context", "metadata",
            "is_public", "api_key_id",
        }));
        Assert.That(rows.Skip(1).Select(row => Guid.Parse(row[0])), Is.EqualTo(paged.Select(entry => entry.GetProperty("id").GetGuid())));
        var first = rows[1];
        Assert.That(first[1], Is.EqualTo(paged[0].GetProperty("server_timestamp").GetString()));
        Assert.That(first[6], Is.EqualTo(paged[0].GetProperty("message").GetString()), "quotes and commas survive RFC 4180 quoting");
        Assert.That(JsonDocument.Parse(first[11]).RootElement.GetProperty("index").GetInt32(), Is.EqualTo(paged[0].GetProperty("metadata").GetProperty("index").GetInt32()));
        Assert.That(JsonSerializer.Deserialize<string[]>(first[7]), Is.EqualTo(paged[0].GetProperty("tags").Deserialize<string[]>()));
    }

    [Test]
    public async Task Gzip_is_sent_when_accepted_and_holds_the_same_file()
    {
        var plain = await ExportTextAsync("?format=csv");
        using var request = new HttpRequestMessage(HttpMethod.Get, ExportPath + "?format=csv");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await Production.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo(plain));
    }

    [Test]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_are_prefixed()
    {
        await IngestAsync(Production, new { action = "@import", level = "warn", clientTimestamp = "2026-11-23T10:00:00Z", message = "=HYPERLINK(\"http://x\")" });

        var row = Csv.Parse(await ExportTextAsync("?format=csv&query=level%3Dwarn"))[1];

        Assert.That(row[5], Is.EqualTo("'@import"));
        Assert.That(row[6], Is.EqualTo("'=HYPERLINK(\"http://x\")"));
    }

    [Test]
    public async Task Logs_past_the_plans_retention_are_not_exported()
    {
        Api.Clock.Advance(TimeSpan.FromDays(121));
        var recent = await IngestAsync(Production, ValidLog("after.retention"));

        var lines = (await ExportTextAsync("")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetGuid()), Is.EqualTo(new[] { recent }));
    }

    [TestCase("?format=xml", "VALIDATION_FAILED")]
    [TestCase("?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "VALIDATION_QUERY_TIME_RANGE")]
    [TestCase("?query=level%3Dloud", "VALIDATION_QUERY_INVALID")]
    public async Task Bad_parameters_are_the_contracts_400s_before_any_byte(string query, string errorCode) =>
        await ContractAssert.IsValidationFailureAsync(await Production.GetAsync(ExportPath + query), errorCode);

    [Test]
    public async Task A_write_only_key_may_not_export()
    {
        using var writer = DataClient((await Admin.CreateKeyAsync(ProjectId, type: "wo")).Key);
        var response = await writer.GetAsync(ExportPath);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<string> ExportTextAsync(string query)
    {
        var response = await Production.GetAsync(ExportPath + query);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        return await response.Content.ReadAsStringAsync();
    }

    private static object Cursor(JsonElement? last, string query) => last is { } entry
        ? new { query, pageSize = 100, cursorID = entry.GetProperty("id").GetString(), cursorTS = entry.GetProperty("server_timestamp").GetString() }
        : new { query, pageSize = 100, cursorID = (string?)null, cursorTS = (string?)null };

    /// <summary>Every entry, following keyset cursors page by page.</summary>
    private static async Task<List<JsonElement>> PageAllAsync(Func<JsonElement?, Task<HttpResponseMessage>> page)
    {
        var all = new List<JsonElement>();
        JsonElement? last = null;
        while (true)
        {
            var entries = (await ContractAssert.IsOkJsonAsync(await page(last))).EnumerateArray().ToList();
            all.AddRange(entries);
            if (entries.Count < 100)
            {
                return all;
            }

            last = entries[^1];
        }
    }

    private static Task<List<JsonElement>> PageAllWithQueryStringAsync(Func<string, Task<HttpResponseMessage>> page) =>
        PageAllAsync(last => page(last is { } entry
            ? $"&cursorID={entry.GetProperty("id").GetString()}&cursorTS={Uri.EscapeDataString(entry.GetProperty("server_timestamp").GetString()!)}"
            : ""));
}
