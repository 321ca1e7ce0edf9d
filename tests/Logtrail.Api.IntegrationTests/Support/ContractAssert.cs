using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>Checks an error response against SPEC §3: status, both codes, the type by status, request id in body and header.</summary>
public static class ContractAssert
{
    public const string TimestampPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$";

    public static async Task<JsonElement> IsErrorAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode, string code, string type)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var body = JsonDocument.Parse(text).RootElement;
        var requestId = body.GetProperty("request_id").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("error_code").GetString(), Is.EqualTo(errorCode));
            Assert.That(body.GetProperty("message").GetString(), Is.Not.Empty);
            Assert.That(body.GetProperty("details").ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(Guid.TryParse(requestId, out _), Is.True);
            Assert.That(response.Headers.GetValues("X-Request-Id").Single(), Is.EqualTo(requestId));
            var error = body.GetProperty("error");
            Assert.That(error.GetProperty("type").GetString(), Is.EqualTo(type));
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo(code));
            Assert.That(error.GetProperty("message").GetString(), Is.EqualTo(body.GetProperty("message").GetString()));
            Assert.That(error.TryGetProperty("param", out _), Is.True);
            Assert.That(text, Does.Not.Contain("   at ").And.Not.Contain("Exception"));
        });
        return body;
    }

    public static Task<JsonElement> IsUnauthorizedAsync(HttpResponseMessage response, string errorCode) =>
        IsErrorAsync(response, HttpStatusCode.Unauthorized, errorCode, "unauthorized", "authentication_error");

    public static Task<JsonElement> IsValidationFailureAsync(HttpResponseMessage response, string errorCode = "VALIDATION_FAILED") =>
        IsErrorAsync(response, HttpStatusCode.BadRequest, errorCode, "invalid_request", "invalid_request_error");

    public static async Task<JsonElement> IsOkJsonAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
