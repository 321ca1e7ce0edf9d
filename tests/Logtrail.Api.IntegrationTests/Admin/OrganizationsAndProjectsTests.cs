using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Admin;

public sealed class OrganizationsAndProjectsTests : IntegrationTest
{
    [Test]
    public async Task An_organization_is_created_and_listed()
    {
        var created = await Admin.CreatedAsync("/api/v1/admin/organizations", new { name = "Acme" });

        Assert.That(created.GetProperty("name").GetString(), Is.EqualTo("Acme"));
        Assert.That(created.GetProperty("created_at").GetString(), Does.Match(ContractAssert.TimestampPattern));
        var listed = await Admin.GetJsonAsync("/api/v1/admin/organizations");
        Assert.That(listed.EnumerateArray().Select(o => o.GetProperty("id").GetGuid()), Is.EqualTo(new[] { created.GetProperty("id").GetGuid() }));
    }

    [Test]
    public async Task A_project_is_created_fetched_and_listed_by_organization()
    {
        var organizationId = await Admin.CreateOrganizationAsync();
        var otherOrganizationId = await Admin.CreateOrganizationAsync("Other");
        var projectId = await Admin.CreateProjectAsync("free", organizationId);
        await Admin.CreateProjectAsync("pro", otherOrganizationId);

        var fetched = await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}");
        var listed = await Admin.GetJsonAsync($"/api/v1/admin/projects?organization_id={organizationId}");

        Assert.That(fetched.GetProperty("organization_id").GetGuid(), Is.EqualTo(organizationId));
        Assert.That(fetched.GetProperty("plan_code").GetString(), Is.EqualTo("free"));
        Assert.That(listed.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()), Is.EqualTo(new[] { projectId }));
    }

    [Test]
    public async Task Changing_the_plan_takes_effect_on_the_projects_next_request()
    {
        var key = await Admin.CreateWorkspaceKeyAsync(planCode: "free");
        var client = DataClient(key.Key);
        var projectId = (await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/info"))).GetProperty("project").GetProperty("id").GetGuid();

        var patched = await Admin.Http.PatchAsJsonAsync($"/api/v1/admin/projects/{projectId}", new { plan_code = "dev", name = "Renamed" });
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var info = await ContractAssert.IsOkJsonAsync(await client.GetAsync("/api/v1/workspace/info"));
        Assert.That(info.GetProperty("plan").GetProperty("code").GetString(), Is.EqualTo("dev"));
        Assert.That(info.GetProperty("plan").GetProperty("logs_per_month").GetInt64(), Is.EqualTo(50_000));
        Assert.That(info.GetProperty("project").GetProperty("name").GetString(), Is.EqualTo("Renamed"));
    }

    [Test]
    public async Task An_unknown_or_malformed_project_id_is_404_not_found()
    {
        var unknown = await Admin.Http.GetAsync($"/api/v1/admin/projects/{Guid.NewGuid()}");
        var malformed = await Admin.Http.GetAsync("/api/v1/admin/projects/not-a-uuid");

        await ContractAssert.IsErrorAsync(unknown, HttpStatusCode.NotFound, "NOT_FOUND", "not_found", "invalid_request_error");
        await ContractAssert.IsErrorAsync(malformed, HttpStatusCode.NotFound, "NOT_FOUND", "not_found", "invalid_request_error");
    }

    [Test]
    public async Task Bad_project_input_is_400_naming_each_field_and_stores_nothing()
    {
        var response = await Admin.PostAsync("/api/v1/admin/projects", new { name = "", plan_code = "gold" });

        var body = await ContractAssert.IsValidationFailureAsync(response);
        var fields = body.GetProperty("details").GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString());
        Assert.That(fields, Is.EquivalentTo(new[] { "organization_id", "name", "plan_code" }));
        Assert.That((await Admin.GetJsonAsync("/api/v1/admin/projects")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_project_in_an_organization_that_does_not_exist_is_400()
    {
        var response = await Admin.PostAsync("/api/v1/admin/projects", new { organization_id = Guid.NewGuid(), name = "x", plan_code = "pro" });

        var body = await ContractAssert.IsValidationFailureAsync(response);
        Assert.That(body.GetProperty("error").GetProperty("param").GetString(), Is.EqualTo("organization_id"));
    }

    [Test]
    public async Task Malformed_json_empty_bodies_and_other_content_types_get_their_own_errors()
    {
        var malformed = await Admin.Http.PostAsync("/api/v1/admin/organizations", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        var empty = await Admin.Http.PostAsync("/api/v1/admin/organizations", new StringContent("", Encoding.UTF8, "application/json"));
        var text = await Admin.Http.PostAsync("/api/v1/admin/organizations", new StringContent("name=Acme", Encoding.UTF8, "text/plain"));

        await ContractAssert.IsValidationFailureAsync(malformed, "VALIDATION_INVALID_JSON");
        await ContractAssert.IsValidationFailureAsync(empty, "VALIDATION_EMPTY_BODY");
        await ContractAssert.IsErrorAsync(text, HttpStatusCode.UnsupportedMediaType, "VALIDATION_INVALID_CONTENT_TYPE", "invalid_request", "invalid_request_error");
        Assert.That((await Admin.GetJsonAsync("/api/v1/admin/organizations")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_value_of_the_wrong_json_type_is_invalid_json_naming_its_path()
    {
        var response = await Admin.PostAsync("/api/v1/admin/organizations", new { name = 42 });

        var body = await ContractAssert.IsValidationFailureAsync(response, "VALIDATION_INVALID_JSON");
        Assert.That(body.GetProperty("error").GetProperty("param").GetString(), Is.EqualTo("$.name"));
    }

    [Test]
    public async Task An_unknown_route_is_a_404_in_the_contract_shape()
    {
        var response = await Admin.Http.GetAsync("/api/v1/admin/nothing-here");

        await ContractAssert.IsErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND", "not_found", "invalid_request_error");
    }

    [Test]
    public async Task Responses_use_snake_case()
    {
        var created = await Admin.CreatedAsync("/api/v1/admin/projects", new { organization_id = await Admin.CreateOrganizationAsync(), name = "P", plan_code = "dev" });

        Assert.That(created.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "id", "organization_id", "name", "plan_code", "created_at" }));
        Assert.That(created.GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.String));
    }
}
