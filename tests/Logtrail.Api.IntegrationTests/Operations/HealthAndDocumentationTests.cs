using System.Net;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Operations;

public sealed class HealthAndDocumentationTests : IntegrationTest
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await AnonymousClient().GetAsync(path);

        var body = await ContractAssert.IsOkJsonAsync(response);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("healthy"));
    }

    [Test]
    public async Task The_openapi_document_describes_the_data_and_admin_apis()
    {
        var response = await AnonymousClient().GetAsync("/openapi/v1.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        Assert.That(paths.TryGetProperty("/api/v1/workspace/info", out _), Is.True);
        Assert.That(paths.TryGetProperty("/api/v1/admin/keys/{keyId}/rotate", out _), Is.True);
    }

    [Test]
    public async Task The_interactive_reference_page_is_served()
    {
        var response = await AnonymousClient().GetAsync("/scalar/v1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }
}
