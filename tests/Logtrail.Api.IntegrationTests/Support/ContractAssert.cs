using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>Checks an error response against SPEC §3: status, both codes, the type by status, request id in body and header.</summary>
public static class ContractAssert
{
    public const string TimestampPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$";

    /// <summary>The public document's <c>error_code</c> enum: the only values the data API may answer with.</summary>
    public static readonly string[] OfficialErrorCodes =
    [
        "AUTH_MISSING_API_KEY", "AUTH_INVALID_API_KEY", "AUTH_API_KEY_EXPIRED", "AUTH_CONTEXT_MISSING", "AUTH_API_KEY_SCOPE_MISMATCH",
        "RATE_LIMIT_IP_EXCEEDED", "RATE_LIMIT_PLAN_EXCEEDED", "RATE_LIMIT_VALIDATE_EXCEEDED", "QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED",
        "VALIDATION_INVALID_REQUEST", "VALIDATION_INVALID_CONTENT_TYPE", "VALIDATION_EMPTY_BODY", "VALIDATION_INVALID_JSON",
        "VALIDATION_INVALID_ENVIRONMENT", "VALIDATION_FAILED", "VALIDATION_BULK_LIMIT_EXCEEDED", "VALIDATION_QUERY_INVALID",
        "VALIDATION_QUERY_SYNTAX", "VALIDATION_QUERY_TIME_RANGE", "VALIDATION_QUERY_CONSTRAINT", "LOG_NOT_FOUND", "INTERNAL_AUTH_ERROR",
        "INTERNAL_LOG_SERVICE_ERROR", "INTERNAL_SERVER_ERROR",
    ];

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
            if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/api/v1/workspace", StringComparison.Ordinal) == true)
            {
                Assert.That(OfficialErrorCodes, Does.Contain(body.GetProperty("error_code").GetString()), "the data API answers only the official error codes");
            }

            if (body.GetProperty("details").TryGetProperty("errors", out var errors))
            {
                Assert.That(errors.EnumerateArray().Select(item => item.ValueKind), Is.All.EqualTo(JsonValueKind.Object), "details.errors holds objects");
            }
        });
        return body;
    }

    /// <summary>Any error status: the contract's body, <c>error.type</c> as the status says, the request id in body and header.</summary>
    public static void IsContractErrorBody(HttpResponseMessage response, string text, string context)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), context);
        var body = JsonDocument.Parse(text).RootElement;
        var status = (int)response.StatusCode;
        var expectedType = status switch
        {
            401 => "authentication_error",
            403 => "permission_error",
            409 => "idempotency_error",
            429 => "rate_limit_error",
            >= 500 => "api_error",
            _ => "invalid_request_error",
        };
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("error_code").GetString(), Is.Not.Empty, context);
            Assert.That(body.GetProperty("message").GetString(), Is.Not.Empty, context);
            Assert.That(body.GetProperty("details").ValueKind, Is.EqualTo(JsonValueKind.Object), context);
            Assert.That(response.Headers.GetValues("X-Request-Id").Single(), Is.EqualTo(body.GetProperty("request_id").GetString()), context);
            if (body.GetProperty("error_code").GetString() != "KEY_REVOKED")
            {
                Assert.That(body.GetProperty("error").GetProperty("type").GetString(), Is.EqualTo(expectedType), context);
            }

            if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/api/v1/workspace", StringComparison.Ordinal) == true)
            {
                Assert.That(OfficialErrorCodes, Does.Contain(body.GetProperty("error_code").GetString()), context);
            }

            Assert.That(text, Does.Not.Contain("   at ").And.Not.Contain("Exception"), context);
        });
    }

    /// <summary>An error whose <c>details.reason</c> says what the coarser official code means here.</summary>
    public static async Task<JsonElement> IsErrorWithReasonAsync(
        HttpResponseMessage response, HttpStatusCode status, string errorCode, string code, string type, string reason)
    {
        var body = await IsErrorAsync(response, status, errorCode, code, type);
        Assert.That(body.GetProperty("details").GetProperty("reason").GetString(), Is.EqualTo(reason));
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
