using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Api.RateLimiting;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Hostile;

/// <summary>
/// Every endpoint of <see cref="SweptEndpoints"/> under hostile input — NUL and lone surrogates, invalid UTF-8, huge and
/// tiny numbers, deep nesting, wrong types in every field, broken bodies, header and URL abuse, LCQL fuzz: never a
/// 500, always the contract's error body on an error, and nothing stored by a rejected request. (Oversized and
/// gzip-bomb bodies over the wire are in the ingest tests over real Kestrel; a <c>%00</c> in the path itself is
/// refused by Kestrel, 400 with an empty body, before the service sees it.)
/// </summary>
public sealed class HostileInputSweepTests : IntegrationTest
{
    private static readonly string[] HostileQueryValues =
    [
        "%00", "a%00b", "%ED%A0%80", "%FF%FE", "1e400", "-1e-400", "99999999999999999999999", "-1", "0",
        "'%3B DROP TABLE logs%3B --", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "[]", "%7B%7D", new string('x', 4000),
    ];

    private static readonly string[] HostileFieldValues =
    [
        "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00x\"", "1e1000000", "-1e-1000000", "123456789012345678901234567890", "-1", "true",
        "[]", "[\"\\u0000\"]", "{}", "{\"n\":1e1000000}", "{\"k\\u0000\":1}", "{\"s\":\"\\u0000\"}", "null",
        new string('[', 300) + new string(']', 300), "\"" + new string('x', 100_000) + "\"",
    ];

    private static readonly string[] HostileBodies =
    [
        "{", "[]", "\"text\"", "null", "1e1000000", "{\"a\":" + new string('[', 5000) + new string(']', 5000) + "}",
    ];

    private Workspace _workspace = null!;

    [SetUp]
    public async Task CreateWorkspaceAsync() => _workspace = await Workspace.CreateAsync(Admin);

    [TearDown]
    public void DisposeClient() => _workspace.Data.Dispose();

    public static IEnumerable<SweptEndpoint> Endpoints => SweptEndpoints.All;

    [TestCaseSource(nameof(Endpoints))]
    public async Task Hostile_query_parameters_never_answer_500(SweptEndpoint endpoint)
    {
        foreach (var parameter in endpoint.Parameters.Append("unknown_parameter"))
        {
            foreach (var value in HostileQueryValues)
            {
                await SendAsync(endpoint, $"?{parameter}={value}", endpoint.ValidBody, $"{parameter}={value[..Math.Min(value.Length, 30)]}");
            }
        }
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Hostile_body_fields_never_answer_500(SweptEndpoint endpoint)
    {
        foreach (var field in endpoint.Fields)
        {
            foreach (var value in HostileFieldValues)
            {
                await SendAsync(endpoint, "", WithField(endpoint.ValidBody!, field, value), $"{field}={value[..Math.Min(value.Length, 30)]}");
            }
        }
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Broken_bodies_never_answer_500(SweptEndpoint endpoint)
    {
        foreach (var body in HostileBodies)
        {
            await SendAsync(endpoint, "", body, $"body {body[..Math.Min(body.Length, 20)]}");
        }

        await SendAsync(endpoint, "", new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]) { Headers = { ContentType = new("application/json") } }, "invalid UTF-8");
        await SendAsync(endpoint, "", new StringContent(endpoint.ValidBody ?? "{}", Encoding.UTF8, "text/plain"), "text/plain");
        await SendAsync(endpoint, "", new StringContent(endpoint.ValidBody ?? "{}", Encoding.UTF8, "multipart/form-data"), "multipart");
        await SendAsync(endpoint, "", new ByteArrayContent([]) { Headers = { ContentType = new("application/json") } }, "empty body");
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Header_and_url_abuse_never_answers_500(SweptEndpoint endpoint)
    {
        var longUrl = "?padding=" + new string('a', 9000);
        var longUrlResponse = await SendAsync(endpoint, longUrl, endpoint.ValidBody, "a 9 KB URL");
        await ContractAssert.IsErrorWithReasonAsync(
            longUrlResponse, HttpStatusCode.RequestUriTooLong, "VALIDATION_INVALID_REQUEST", "invalid_request", "invalid_request_error", "uri_too_long");

        var hugeHeader = await SendAsync(endpoint, "", endpoint.ValidBody, "40 KB of headers", request => request.Headers.Add("X-Padding", new string('a', 40_000)));
        await ContractAssert.IsErrorWithReasonAsync(
            hugeHeader, HttpStatusCode.RequestHeaderFieldsTooLarge, "VALIDATION_INVALID_REQUEST", "invalid_request", "invalid_request_error", "request_headers_too_large");

        await SendAsync(endpoint, "", endpoint.ValidBody, "a doubled key", request => request.Headers.Add("X-API-Key", "lt_production_rw_x"));
        await SendAsync(endpoint, "", endpoint.ValidBody, "a key as Bearer", request =>
        {
            request.Headers.Remove("X-API-Key");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _workspace.Key);
        });
        await SendAsync(endpoint, "", endpoint.ValidBody, "a 10 KB key", request => request.Headers.TryAddWithoutValidation("X-API-Key", new string('k', 10_000)));
        await SendAsync(endpoint, "", endpoint.ValidBody, "a non-ASCII key", request => request.Headers.TryAddWithoutValidation("X-API-Key", "lt_prödüction"));
        await SendAsync(endpoint, "", endpoint.ValidBody, "a long idempotency key", request => request.Headers.Add("Idempotency-Key", new string('i', 300)));
        await SendAsync(endpoint, "", endpoint.ValidBody, "a non-ASCII idempotency key", request => request.Headers.TryAddWithoutValidation("Idempotency-Key", "ключ"));
        await SendAsync(endpoint, "", endpoint.ValidBody, "an unknown encoding", request =>
        {
            if (request.Content is not null)
            {
                request.Content.Headers.ContentEncoding.Add("br");
            }
        });
    }

    [Test]
    public async Task Lcql_fuzz_never_answers_500()
    {
        string[] tokens =
        [
            "level", "=", "!=", "~", "!~", "@", ">", "<=", "(", ")", " OR ", " AND ", "NOT ", "-", "\"", "\\", ",", "metadata.x", "actor.id",
            "1e400", "-5", "2026-01-01T00:00:00Z", "null", ":", "|", "*", "%", "_", "timestamp", "environment", " ", "é", "\t", "error", "tag",
            "id", "00000000-0000-0000-0000-000000000000", "..", "💥",
        ];
        var random = new Random(20261130);
        var query = SweptEndpoints.All.Single(endpoint => endpoint.Path.EndsWith("/logs/query", StringComparison.Ordinal));
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => tokens[random.Next(tokens.Length)]));
            await SendAsync(query, "", JsonSerializer.Serialize(new { query = text }), $"LCQL {text}");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(
        SweptEndpoint endpoint, string queryString, object? body, string what, Action<HttpRequestMessage>? adjust = null)
    {
        ForgetRateLimits();
        var before = await StoredFingerprintAsync();
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), _workspace.Fill(endpoint.Path) + queryString);
        request.Content = body switch
        {
            HttpContent content => content,
            string json => Json(json),
            _ => null,
        };
        var client = endpoint.IsAdmin ? Admin.Http : _workspace.Data;
        adjust?.Invoke(request);

        var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        var context = $"{endpoint} with {what}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 400)]}";
        Assert.That((int)response.StatusCode, Is.LessThan(500), context);
        if ((int)response.StatusCode >= 400)
        {
            ContractAssert.IsContractErrorBody(response, text, context);
            Assert.That(await StoredFingerprintAsync(), Is.EqualTo(before), $"a rejected request stored something: {context}");
        }

        return response;
    }

    private static void ForgetRateLimits() => Api.Services.GetRequiredService<TokenBuckets>().Clear();

    /// <summary>
    /// What requests can store: tenant rows, logs, catalog and settings, keys and their revocations, idempotency
    /// records and the admin audit trail. (Key activity is a record of every request, rejected ones included.)
    /// </summary>
    private static async Task<string> StoredFingerprintAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT concat_ws(',',
                (SELECT count(*) FROM organizations), (SELECT count(*) FROM projects), (SELECT string_agg(name || plan_code, '' ORDER BY id) FROM projects),
                (SELECT count(*) FROM api_keys), (SELECT count(*) FROM api_keys WHERE revoked_at IS NOT NULL OR expires_at IS NOT NULL),
                (SELECT count(*) FROM logs), (SELECT count(*) FROM action_settings), (SELECT count(*) FROM idempotency_records),
                (SELECT count(*) FROM admin_audit), (SELECT count(*) FROM admin_tokens), (SELECT count(*) FROM admin_tokens WHERE revoked_at IS NOT NULL OR expires_at IS NOT NULL))
            """;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string WithField(string validBody, string field, string value)
    {
        var body = JsonDocument.Parse(validBody).RootElement;
        var fields = body.EnumerateObject().Where(property => property.Name != field).Select(property => $"\"{property.Name}\":{property.Value.GetRawText()}");
        return "{" + string.Join(',', fields.Append($"\"{field}\":{value}")) + "}";
    }

    /// <summary>The sweep's tenant: an enterprise project, its key, one log, a second key and a second admin token to be revoked.</summary>
    private sealed record Workspace(Guid ProjectId, string Key, HttpClient Data, Guid LogId, Guid VictimKeyId, Guid VictimTokenId)
    {
        public static async Task<Workspace> CreateAsync(AdminClient admin)
        {
            var projectId = await admin.CreateProjectAsync("enterprise");
            var key = await admin.CreateKeyAsync(projectId);
            var victim = await admin.CreateKeyAsync(projectId, "staging");
            var data = DataClient(key.Key);
            var logId = await IngestAsync(data, ValidLog());
            var token = await admin.CreatedAsync("/api/v1/admin/tokens", new { name = "victim" });
            return new Workspace(projectId, key.Key, data, logId, victim.Id, token.GetProperty("id").GetGuid());
        }

        public string Fill(string path) => path
            .Replace("{project}", ProjectId.ToString(), StringComparison.Ordinal)
            .Replace("{key}", VictimKeyId.ToString(), StringComparison.Ordinal)
            .Replace("{log}", LogId.ToString(), StringComparison.Ordinal)
            .Replace("{action}", "user.login", StringComparison.Ordinal)
            .Replace("{token}", VictimTokenId.ToString(), StringComparison.Ordinal);
    }
}
