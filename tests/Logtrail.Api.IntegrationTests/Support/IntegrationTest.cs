using System.Net.Http.Headers;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>Base of the HTTP tests: a clean database and service state, an admin client and a workspace per test.</summary>
public abstract class IntegrationTest
{
    protected static LogtrailApiFactory Api => TestRun.Api;

    protected AdminClient Admin { get; private set; } = null!;

    [SetUp]
    public async Task ResetStateAsync()
    {
        await Api.ResetAsync();
        Admin = await AdminClient.CreateAsync(Api);
    }

    /// <summary>A data-API client presenting <paramref name="key"/> as <c>X-API-Key</c>.</summary>
    protected static HttpClient DataClient(string key, LogtrailApiFactory? api = null)
    {
        var client = (api ?? Api).CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", key);
        return client;
    }

    protected static HttpClient AnonymousClient() => Api.CreateClient();

    protected static HttpClient BearerClient(string token)
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
