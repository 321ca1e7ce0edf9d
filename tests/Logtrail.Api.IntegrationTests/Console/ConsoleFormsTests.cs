using System.Net;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Console;

/// <summary>Every console form needs its antiforgery token; a key is rendered on its creation page and nowhere else.</summary>
public sealed class ConsoleFormsTests : IntegrationTest
{
    [Test]
    public async Task Every_form_of_every_page_is_refused_without_its_antiforgery_token_and_changes_nothing()
    {
        var projectId = await Admin.CreateProjectAsync();
        var key = await Admin.CreateKeyAsync(projectId);
        await Admin.Http.PutAsync($"/api/v1/admin/projects/{projectId}/actions/user.login", LogRequests.Json(new { is_public = false }));
        using var console = ConsoleClient.Create(Api);
        await console.SignInAsync(Admin.Token);
        var auditBefore = (await Admin.GetJsonAsync("/api/v1/admin/audit")).GetArrayLength();
        string[] pages =
        [
            "/console", $"/console/projects/{projectId}/keys/new", $"/console/projects/{projectId}/keys/{key.Id}/revoke",
            $"/console/projects/{projectId}/keys/{key.Id}/rotate", $"/console/projects/{projectId}/keys/{key.Id}/activity",
            $"/console/projects/{projectId}/actions/edit?action=user.login",
        ];

        var forms = new List<PostForm>();
        foreach (var page in pages)
        {
            var html = await console.GetHtmlAsync(page);
            var found = ConsoleClient.PostForms(html, page);
            Assert.That(found.Where(form => form.Action != "/console/sign-out"), Is.Not.Empty, $"{page} has a form");
            Assert.That(found.All(form => form.Fields.Contains(ConsoleClient.CsrfField)), Is.True, $"every form of {page} carries the token");
            forms.AddRange(found);
        }

        foreach (var form in forms.DistinctBy(form => form.Action))
        {
            var fields = form.Fields.Where(field => field != ConsoleClient.CsrfField).ToDictionary(field => field, _ => "x");
            var response = await console.PostAsync(form.Action, fields);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), $"POST {form.Action} without its token");
        }

        Assert.That(forms.DistinctBy(form => form.Action).Count(), Is.GreaterThanOrEqualTo(8), "the walk found the console's forms");
        Assert.That((await Admin.GetJsonAsync("/api/v1/admin/audit")).GetArrayLength(), Is.EqualTo(auditBefore), "no admin action ran");
        Assert.That((await console.Http.GetAsync("/console")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "sign-out without a token did not end the session");
    }

    [Test]
    public async Task A_created_key_is_rendered_once_on_a_no_store_page_and_on_no_page_after_it()
    {
        var projectId = await Admin.CreateProjectAsync();
        using var console = ConsoleClient.Create(Api);
        await console.SignInAsync(Admin.Token);

        var created = await console.SubmitAsync(
            $"/console/projects/{projectId}/keys/new?environment=production",
            $"/console/projects/{projectId}/keys/new?environment=production",
            new Dictionary<string, string> { ["name"] = "checkout", ["type"] = "wo", ["expiresAt"] = "" });

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(created.Headers.CacheControl!.NoStore, Is.True);
        var html = await created.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(html, "lt_production_wo_[0-9A-Za-z]{38}").Value;
        Assert.That(secret, Is.Not.Empty, "the creation page shows the key");
        var keyId = (await Admin.GetJsonAsync($"/api/v1/admin/projects/{projectId}/keys"))[0].GetProperty("id").GetGuid();
        using (var data = DataClient(secret))
        {
            Assert.That((await data.PostAsync("/api/v1/workspace/logs", LogRequests.Json(LogRequests.ValidLog()))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        string[] later =
        [
            "/console", "/console/audit", $"/console/projects/{projectId}/keys", $"/console/projects/{projectId}/keys?environment=production",
            $"/console/projects/{projectId}/keys/{keyId}/activity", $"/console/projects/{projectId}/keys/{keyId}/rotate",
            $"/console/projects/{projectId}/keys/{keyId}/revoke", $"/console/projects/{projectId}/search", $"/console/projects/{projectId}/usage",
            $"/console/projects/{projectId}/actions",
        ];
        foreach (var page in later)
        {
            Assert.That(await console.GetHtmlAsync(page), Does.Not.Contain(secret[21..]), page);
        }
    }
}
