using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

/// <summary>Malformed bodies are answered with the contract body before anything is parsed into a request, and store nothing.</summary>
public sealed class RequestHygieneTests : IntegrationTest
{
    private HttpClient _client = null!;

    [SetUp]
    public async Task CreateClientAsync() => _client = DataClient((await Admin.CreateWorkspaceKeyAsync()).Key);

    [TearDown]
    public async Task NothingStoredAsync()
    {
        _client.Dispose();
        Assert.That(await CountStoredAsync(), Is.Zero);
    }

    [Test]
    public async Task An_empty_body_is_400_empty_body()
    {
        await ContractAssert.IsValidationFailureAsync(await _client.PostAsync(LogsPath, Json("")), "VALIDATION_EMPTY_BODY");
        await ContractAssert.IsValidationFailureAsync(await _client.PostAsync($"{LogsPath}/bulk", Json("")), "VALIDATION_EMPTY_BODY");
    }

    [TestCase("{\"action\": ")]
    [TestCase("{'action':'a'}")]
    [TestCase("[1,2,")]
    public async Task Malformed_json_is_400_invalid_json(string body)
    {
        await ContractAssert.IsValidationFailureAsync(await _client.PostAsync(LogsPath, Json(body)), "VALIDATION_INVALID_JSON");
    }

    [Test]
    public async Task Invalid_utf8_is_400_invalid_json()
    {
        var content = new ByteArrayContent([.. "{\"action\":\""u8, 0xC3, 0x28, .. "\",\"level\":\"info\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await ContractAssert.IsValidationFailureAsync(await _client.PostAsync(LogsPath, content), "VALIDATION_INVALID_JSON");
    }

    [Test]
    public async Task A_nesting_bomb_is_refused_cheaply_as_invalid_json()
    {
        var bomb = new string('[', 100_000) + new string(']', 100_000);

        await ContractAssert.IsValidationFailureAsync(await _client.PostAsync(LogsPath, Json(bomb)), "VALIDATION_INVALID_JSON");
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("multipart/form-data")]
    public async Task Another_content_type_is_415(string contentType)
    {
        var response = await _client.PostAsync(LogsPath, new StringContent("{\"action\":\"a\",\"level\":\"info\",\"clientTimestamp\":\"2026-11-23T10:00:00Z\"}", Encoding.UTF8, contentType));

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "VALIDATION_INVALID_CONTENT_TYPE", "invalid_request", "invalid_request_error");
    }

    [Test]
    public async Task Ndjson_is_only_for_bulk()
    {
        var response = await _client.PostAsync(LogsPath, Json("{}", "application/x-ndjson"));

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "VALIDATION_INVALID_CONTENT_TYPE", "invalid_request", "invalid_request_error");
    }

    [Test]
    public async Task A_body_over_the_cap_is_413_and_a_zip_bomb_stops_at_the_cap()
    {
        var huge = "{\"action\":\"a\",\"level\":\"info\",\"message\":\"" + new string('x', 1024 * 1024) + "\"}";

        var plain = await _client.PostAsync(LogsPath, Json(huge));
        var bomb = await _client.PostAsync(LogsPath, Gzip(huge));

        await ContractAssert.IsErrorAsync(plain, HttpStatusCode.RequestEntityTooLarge, "VALIDATION_INVALID_REQUEST", "payload_too_large", "invalid_request_error");
        await ContractAssert.IsErrorAsync(bomb, HttpStatusCode.RequestEntityTooLarge, "VALIDATION_INVALID_REQUEST", "payload_too_large", "invalid_request_error");
    }

    [Test]
    public async Task A_corrupt_gzip_body_is_400()
    {
        var content = new ByteArrayContent([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0xfe, 0xfd, 0xfc, 0x00, 0x01]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        await ContractAssert.IsValidationFailureAsync(await _client.PostAsync(LogsPath, content), "VALIDATION_INVALID_JSON");
    }

    [Test]
    public async Task An_unknown_content_encoding_is_415()
    {
        var content = Json(ValidLog());
        content.Headers.ContentEncoding.Add("br");

        var response = await _client.PostAsync(LogsPath, content);

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "VALIDATION_INVALID_CONTENT_TYPE", "invalid_request", "invalid_request_error");
    }
}
