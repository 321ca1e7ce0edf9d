using System.Net;
using System.Net.Http.Headers;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Api.IntegrationTests.Authentication;

public sealed class ApiKeyAuthenticationTests : IntegrationTest
{
    private const string InfoPath = "/api/v1/workspace/info";

    [Test]
    public async Task A_request_without_a_key_gets_401_missing_key_with_the_contract_body()
    {
        var response = await AnonymousClient().GetAsync(InfoPath);

        await ContractAssert.IsUnauthorizedAsync(response, "AUTH_MISSING_API_KEY");
    }

    [TestCase("not-a-key", TestName = "garbage")]
    [TestCase("lt_production_rw_", TestName = "no secret")]
    [TestCase("lt_production_wo_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab3Ib7Ya", TestName = "bad checksum")]
    public async Task A_malformed_key_gets_401_invalid_key(string key)
    {
        var response = await DataClient(key).GetAsync(InfoPath);

        await ContractAssert.IsUnauthorizedAsync(response, "AUTH_INVALID_API_KEY");
    }

    [Test]
    public async Task A_well_formed_key_that_was_never_issued_gets_401_invalid_key()
    {
        var response = await DataClient(ApiKeyFormat.Generate(DeploymentEnvironment.Production, KeyType.ReadWrite)).GetAsync(InfoPath);

        await ContractAssert.IsUnauthorizedAsync(response, "AUTH_INVALID_API_KEY");
    }

    [TestCase("ApiKey")]
    [TestCase("apikey")]
    [TestCase("APIKEY")]
    public async Task The_authorization_header_with_the_apikey_scheme_in_any_case_authenticates(string scheme)
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, key.Key);

        var response = await client.GetAsync(InfoPath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Both_headers_with_different_keys_get_401_invalid_key_and_the_same_key_in_both_is_fine()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var other = await Admin.CreateWorkspaceKeyAsync();

        var differing = DataClient(key.Key);
        differing.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", other.Key);
        var same = DataClient(key.Key);
        same.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key.Key);

        await ContractAssert.IsUnauthorizedAsync(await differing.GetAsync(InfoPath), "AUTH_INVALID_API_KEY");
        Assert.That((await same.GetAsync(InfoPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_revoked_key_is_refused_on_the_very_next_request_even_when_cached()
    {
        await Api.WaitForKeyCacheAsync();
        var key = await Admin.CreateWorkspaceKeyAsync();
        var client = DataClient(key.Key);
        Assert.That((await client.GetAsync(InfoPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await Admin.RevokeAsync(key.Id)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await ContractAssert.IsUnauthorizedAsync(await client.GetAsync(InfoPath), "AUTH_INVALID_API_KEY");
    }

    [Test]
    public async Task An_expired_key_gets_401_expired()
    {
        var projectId = await Admin.CreateProjectAsync();
        var key = await Admin.CreateKeyAsync(projectId, expiresAt: Api.Clock.GetUtcNow().AddHours(1));
        var client = DataClient(key.Key);
        Assert.That((await client.GetAsync(InfoPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Api.Clock.Advance(TimeSpan.FromHours(1));

        await ContractAssert.IsUnauthorizedAsync(await client.GetAsync(InfoPath), "AUTH_API_KEY_EXPIRED");
    }

    [Test]
    public async Task A_key_without_the_needed_permission_gets_403_scope_mismatch()
    {
        var writeOnly = await Admin.CreateWorkspaceKeyAsync(type: "wo");

        var response = await DataClient(writeOnly.Key).GetAsync("/api/v1/workspace/usage");

        var body = await ContractAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "AUTH_API_KEY_SCOPE_MISMATCH", "forbidden", "permission_error");
        Assert.That(body.GetProperty("message").GetString(), Does.Contain("logs:read"));
    }

    [Test]
    public async Task An_admin_token_is_not_accepted_on_the_data_api()
    {
        var asApiKey = await DataClient(Admin.Token).GetAsync(InfoPath);
        var asBearer = await BearerClient(Admin.Token).GetAsync(InfoPath);

        await ContractAssert.IsUnauthorizedAsync(asApiKey, "AUTH_INVALID_API_KEY");
        await ContractAssert.IsUnauthorizedAsync(asBearer, "AUTH_INVALID_API_KEY");
    }
}
