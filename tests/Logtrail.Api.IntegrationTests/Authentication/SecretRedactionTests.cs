using System.Net.Http.Headers;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Authentication;

/// <summary>SPEC §2: no key, token or auth header value is ever written to the service's log.</summary>
public sealed class SecretRedactionTests : IntegrationTest
{
    [Test]
    public async Task No_key_or_token_appears_in_the_log_whatever_the_outcome()
    {
        var projectId = await Admin.CreateProjectAsync();
        var readWrite = await Admin.CreateKeyAsync(projectId);
        var writeOnly = await Admin.CreateKeyAsync(projectId, type: "wo");
        var revoked = await Admin.CreateKeyAsync(projectId, environment: "staging");
        await Admin.RevokeAsync(revoked.Id);
        var mistyped = readWrite.Key[..^1] + (readWrite.Key[^1] == 'a' ? 'b' : 'a');

        await DataClient(readWrite.Key).GetAsync("/api/v1/workspace/info");
        await DataClient(writeOnly.Key).GetAsync("/api/v1/workspace/usage");
        await DataClient(revoked.Key).GetAsync("/api/v1/workspace/info");
        await DataClient(mistyped).GetAsync("/api/v1/workspace/info");
        var authorization = AnonymousClient();
        authorization.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", readWrite.Key);
        await authorization.GetAsync("/api/v1/workspace/info");
        await Admin.RotateAsync(writeOnly.Id, graceSeconds: 0);

        var log = string.Join('\n', Api.Logs.Entries);
        Assert.That(log, Does.Contain("/api/v1/workspace/info"), "the capture should have seen the requests");
        foreach (var secret in new[] { readWrite.Key, writeOnly.Key, revoked.Key, mistyped, Admin.Token })
        {
            var secretPart = secret[(secret.LastIndexOf('_') + 1)..];
            Assert.That(log, Does.Not.Contain(secretPart), "a key's secret reached the log");
        }
    }
}
