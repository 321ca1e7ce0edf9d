using System.Net;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Authentication;

public sealed class AdminAuthenticationTests : IntegrationTest
{
    private const string OrganizationsPath = "/api/v1/admin/organizations";

    [Test]
    public async Task The_admin_api_without_a_token_is_401_missing()
    {
        await ContractAssert.IsUnauthorizedAsync(await AnonymousClient().GetAsync(OrganizationsPath), "AUTH_MISSING_API_KEY");
    }

    [Test]
    public async Task A_data_key_is_not_accepted_on_the_admin_api_in_any_header()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();

        await ContractAssert.IsUnauthorizedAsync(await BearerClient(key.Key).GetAsync(OrganizationsPath), "AUTH_INVALID_API_KEY");
        await ContractAssert.IsUnauthorizedAsync(await DataClient(key.Key).GetAsync(OrganizationsPath), "AUTH_MISSING_API_KEY");
    }

    [Test]
    public async Task A_well_formed_admin_token_that_was_never_issued_is_invalid()
    {
        var response = await BearerClient(Domain.Keys.AdminTokenFormat.Generate()).GetAsync(OrganizationsPath);

        await ContractAssert.IsUnauthorizedAsync(response, "AUTH_INVALID_API_KEY");
    }

    [Test]
    public async Task A_valid_admin_token_is_accepted()
    {
        Assert.That((await Admin.Http.GetAsync(OrganizationsPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
