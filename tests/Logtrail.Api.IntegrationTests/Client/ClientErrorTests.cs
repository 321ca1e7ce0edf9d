using System.Net;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Client;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Api.IntegrationTests.Client;

/// <summary>Each error the service answers arrives as a <see cref="LogtrailApiException"/> with its code.</summary>
public sealed class ClientErrorTests : ClientTest
{
    [Test]
    public void An_unknown_key_is_AUTH_INVALID_API_KEY()
    {
        var unknown = ServicesFor(ApiKeyFormat.Generate(DeploymentEnvironment.Production, KeyType.ReadWrite)).Client;

        var error = Assert.ThrowsAsync<LogtrailApiException>(() => unknown.GetInfoAsync())!;

        AssertError(error, HttpStatusCode.Unauthorized, "AUTH_INVALID_API_KEY", null);
    }

    [Test]
    public async Task An_expired_key_is_AUTH_API_KEY_EXPIRED()
    {
        var expiring = await Admin.CreateKeyAsync(ProjectId, expiresAt: Api.Clock.GetUtcNow().AddMinutes(5));
        Api.Clock.Advance(TimeSpan.FromMinutes(6));

        var error = Assert.ThrowsAsync<LogtrailApiException>(() => ServicesFor(expiring.Key).Client.GetInfoAsync())!;

        AssertError(error, HttpStatusCode.Unauthorized, "AUTH_API_KEY_EXPIRED", null);
    }

    [Test]
    public async Task A_read_only_key_cannot_ingest()
    {
        var readOnly = ServicesFor((await Admin.CreateKeyAsync(ProjectId, type: "ro")).Key).Client;

        var error = Assert.ThrowsAsync<LogtrailApiException>(() => readOnly.IngestAsync(Login()))!;

        AssertError(error, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", null);
    }

    [Test]
    public void Another_environment_is_environment_mismatch()
    {
        var log = Login();
        log.Environment = "staging";

        var error = Assert.ThrowsAsync<LogtrailApiException>(() => Client.IngestAsync(log))!;

        // The contract's spelling (AUTH_API_KEY_SCOPE_MISMATCH + details.reason) or the service's earlier code.
        AssertError(error, HttpStatusCode.Forbidden, error.ErrorCode, error.Reason);
        Assert.That(error.Reason ?? error.ErrorCode, Is.AnyOf("environment_mismatch", "AUTH_ENVIRONMENT_MISMATCH"));
    }

    [Test]
    public async Task An_invalid_log_in_a_batch_is_VALIDATION_FAILED_with_its_index_and_nothing_is_stored()
    {
        var error = Assert.ThrowsAsync<LogtrailApiException>(() => Client.IngestBatchAsync([Login(), new LogEvent(new string('a', 200), LogtrailLevel.Info)]))!;

        AssertError(error, HttpStatusCode.BadRequest, "VALIDATION_FAILED", null);
        Assert.That(error.Errors.Select(problem => (problem.Field, problem.LogIndex)), Does.Contain(("action", (int?)1)));
        Assert.That(await StoredAsync(), Is.EqualTo((0L, 0L)));
    }

    [Test]
    public void Too_large_a_batch_is_VALIDATION_BULK_LIMIT_EXCEEDED()
    {
        var error = Assert.ThrowsAsync<LogtrailApiException>(() => Client.IngestBatchAsync(Enumerable.Range(0, 1001).Select(sequence => Login(sequence: sequence))))!;

        AssertError(error, HttpStatusCode.BadRequest, "VALIDATION_BULK_LIMIT_EXCEEDED", null);
    }

    [Test]
    public void A_missing_log_is_LOG_NOT_FOUND()
    {
        var error = Assert.ThrowsAsync<LogtrailApiException>(() => Client.GetLogAsync(Guid.CreateVersion7()))!;

        AssertError(error, HttpStatusCode.NotFound, "LOG_NOT_FOUND", null);
    }

    [Test]
    public void A_query_syntax_error_is_VALIDATION_QUERY_SYNTAX()
    {
        var error = Assert.ThrowsAsync<LogtrailApiException>(async () =>
        {
            await foreach (var entry in Client.QueryAsync("message=\"not closed"))
            {
                Assert.Fail($"no entry expected, got {entry.Id}");
            }
        })!;

        AssertError(error, HttpStatusCode.BadRequest, "VALIDATION_QUERY_SYNTAX", null);
    }

    [Test]
    public void Reversed_time_bounds_are_VALIDATION_QUERY_TIME_RANGE()
    {
        var now = DateTimeOffset.UtcNow;
        var error = Assert.ThrowsAsync<LogtrailApiException>(async () =>
        {
            await foreach (var entry in Client.QueryAsync("level=error", new LogQueryOptions { From = now, To = now.AddHours(-1) }))
            {
                Assert.Fail($"no entry expected, got {entry.Id}");
            }
        })!;

        AssertError(error, HttpStatusCode.BadRequest, "VALIDATION_QUERY_TIME_RANGE", null);
    }

    [Test]
    public async Task An_idempotency_key_reused_with_another_body_is_refused_at_once()
    {
        await Client.IngestAsync(Login(sequence: 1), "order-42");

        var error = Assert.ThrowsAsync<LogtrailApiException>(() => Client.IngestAsync(Login(sequence: 2), "order-42"))!;

        // The contract's spelling (VALIDATION_INVALID_REQUEST + details.reason) or the service's earlier code.
        AssertError(error, HttpStatusCode.Conflict, error.ErrorCode, error.Reason);
        Assert.That(error.Reason ?? error.ErrorCode, Is.AnyOf("idempotency_key_reused", "IDEMPOTENCY_KEY_REUSED"));
        Assert.That(Faults.Requests, Is.EqualTo(2), "a reused key is final: no retry");
    }

    [Test]
    public async Task The_monthly_quota_is_surfaced_with_its_retry_after_and_not_retried()
    {
        var free = await Admin.CreateProjectAsync("free");
        await UsageCounters.SeedAsync(free, 5_500, Api.Clock.GetUtcNow());
        var services = ServicesFor((await Admin.CreateKeyAsync(free)).Key);

        var error = Assert.ThrowsAsync<LogtrailApiException>(() => services.Client.IngestAsync(Login()))!;

        AssertError(error, HttpStatusCode.TooManyRequests, "QUOTA_MONTHLY_LOG_LIMIT_EXCEEDED", null);
        Assert.That(error.RetryAfter, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(services.Faults.Requests, Is.EqualTo(1));
    }

    [Test]
    public void A_mistyped_key_fails_when_the_client_is_built_without_revealing_the_key()
    {
        var key = ApiKeyFormat.Generate(DeploymentEnvironment.Production, KeyType.ReadWrite);
        var mistyped = key[..^1] + (key[^1] == 'a' ? 'b' : 'a');

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => LogtrailClient.Create(new LogtrailClientOptions { ApiKey = mistyped, BaseUrl = new Uri("http://localhost") }))!;

        Assert.That(error.Message, Does.Contain("checksum").And.Not.Contain(mistyped[10..]));
    }

    [Test]
    public void A_key_of_another_environment_than_the_hosts_is_warned_about()
    {
        var development = ApiKeyFormat.Generate(DeploymentEnvironment.Development, KeyType.ReadWrite);

        _ = ServicesFor(development, hostEnvironment: "Production").Client;

        Assert.That(Api.Logs.Entries, Has.Some.Contains("Warning Logtrail.Client.LogtrailClient").And.Contains("development environment but this host runs as Production"));
    }

    private static void AssertError(LogtrailApiException error, HttpStatusCode status, string errorCode, string? reason) =>
        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(status));
            Assert.That(error.ErrorCode, Is.EqualTo(errorCode));
            Assert.That(error.Reason, Is.EqualTo(reason));
            Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
        });
}
