using System.Net;
using System.Text.RegularExpressions;
using Logtrail.Console.BrowserTests.Support;
using Microsoft.Playwright;

namespace Logtrail.Console.BrowserTests;

/// <summary>What our docs send an operator to the console for, done in a real browser.</summary>
public sealed class ConsoleJourneyTests : ConsoleBrowserTest
{
    [Test]
    public async Task An_operator_signs_in_with_an_admin_token_and_a_wrong_token_is_refused()
    {
        await Page.GotoAsync("/console");
        await Expect(Page).ToHaveURLAsync(new Regex("/console/sign-in"));

        await Page.GetByLabel("Admin token").FillAsync("lt_admin_wrong");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not valid");

        await SignInAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Organizations and projects" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/console/sign-in$"));
    }

    [Test]
    public async Task An_operator_creates_a_project_and_a_write_only_production_key_reads_it_once_and_revokes_it()
    {
        await Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await SignInAsync();
        await Page.GetByLabel("Name", new() { Exact = true }).Last.FillAsync("Browser Org");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create organization" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Browser Org" })).ToBeVisibleAsync();

        await Page.GetByLabel("Organization").SelectOptionAsync(new SelectOptionValue { Label = "Browser Org" });
        await Page.Locator("#project-name").FillAsync("Checkout");
        await Page.GetByLabel("Plan", new() { Exact = true }).SelectOptionAsync("pro");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Checkout" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "New production key" }).ClickAsync();
        await Page.GetByLabel("Name").FillAsync("checkout backend");
        await Page.GetByLabel("write-only").CheckAsync();
        var creation = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/keys/new"));
        Assert.That(await creation.HeaderValueAsync("cache-control"), Does.Contain("no-store"), "the page with the key is never cached");

        var field = Page.GetByLabel("API key");
        await Expect(field).ToHaveValueAsync(new Regex("^lt_production_wo_[0-9A-Za-z]{38}$"));
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("shown only on this page");
        var key = await field.InputValueAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();
        await Expect(Page.Locator("[data-copy-status]")).ToHaveTextAsync("Copied to the clipboard.");
        Assert.That(await Page.EvaluateAsync<string>("navigator.clipboard.readText()"), Is.EqualTo(key));

        using var data = Admin.DataClient(key);
        await AdminApi.IngestAsync(data, AdminApi.Log("checkout.started"));

        await Page.GetByRole(AriaRole.Link, new() { Name = "Done: back to the keys" }).ClickAsync();
        await Expect(Row("checkout backend")).ToContainTextAsync("active");
        Assert.That(await Page.ContentAsync(), Does.Not.Contain(key[21..]), "the key is never rendered again");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Revoke checkout backend" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Revoke this key" }).ClickAsync();
        await Expect(Row("checkout backend")).ToContainTextAsync("revoked");

        var refused = await data.PostAsync("/api/v1/workspace/logs", System.Net.Http.Json.JsonContent.Create(AdminApi.Log("checkout.after-revoke")));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("AUTH_INVALID_API_KEY"));
    }

    [Test]
    public async Task Ingested_logs_are_found_with_an_lcql_query_and_a_syntax_error_is_marked_where_it_is()
    {
        var projectId = await Admin.CreateProjectAsync("Search");
        var (_, production) = await Admin.CreateKeyAsync(projectId);
        var (_, staging) = await Admin.CreateKeyAsync(projectId, "staging");
        using (var data = Admin.DataClient(production))
        {
            await AdminApi.IngestAsync(
                data,
                AdminApi.Log("invoice.paid", message: "paid in full"),
                AdminApi.Log("invoice.failed", "error", message: "card declined"),
                AdminApi.Log("user.login"));
        }

        using (var data = Admin.DataClient(staging))
        {
            await AdminApi.IngestAsync(data, AdminApi.Log("invoice.failed", "error", message: "staging only"));
        }

        await SignInAsync();
        await Page.GotoAsync($"/console/projects/{projectId}/search?environment=production");
        await Page.GetByLabel("LCQL query").FillAsync("action~\"invoice\" level>=error");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var results = Page.Locator("li.log");
        await Expect(results).ToHaveCountAsync(1);
        await Expect(results.First).ToContainTextAsync("card declined");
        await results.First.Locator("summary").ClickAsync();
        await Expect(results.First.Locator("pre.json")).ToContainTextAsync("\"action\": \"invoice.failed\"");
        await Expect(results.First.Locator("pre.json")).ToContainTextAsync("\"environment\": \"production\"");

        await Page.GetByRole(AriaRole.Link, new() { Name = "staging" }).ClickAsync();
        await Expect(Page.Locator("li.log")).ToHaveCountAsync(1);
        await Expect(Page.Locator("li.log").First).ToContainTextAsync("staging only");

        await Page.GetByLabel("LCQL query").FillAsync("level=");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("position 6");
        await Expect(Page.Locator("mark.error-at")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("LCQL query")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Test]
    public async Task Flagging_an_action_public_with_a_template_previews_it_on_a_real_log()
    {
        var projectId = await Admin.CreateProjectAsync("Feeds");
        var (_, production) = await Admin.CreateKeyAsync(projectId);
        using (var data = Admin.DataClient(production))
        {
            await AdminApi.IngestAsync(data, AdminApi.Log("team.invite", actor: new { id = "u1", name = "Ann" }, target: new { id = "u2", name = "Bob" }));
        }

        await SignInAsync();
        await ReloadUntilVisibleAsync(
            $"/console/projects/{projectId}/actions?environment=production",
            page => page.GetByRole(AriaRole.Link, new() { Name = "team.invite" }));
        await Page.GetByRole(AriaRole.Link, new() { Name = "team.invite" }).ClickAsync();
        await Expect(Page.Locator(".preview .rendered").First).ToHaveTextAsync("Ann performed team.invite");

        await Page.GetByLabel("Public").CheckAsync();
        await Page.GetByLabel("Template").FillAsync("{actor.name} invited {target.name|\"someone\"}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview on production" }).ClickAsync();
        await Expect(Page.Locator(".preview .rendered").First).ToHaveTextAsync("Ann invited Bob");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Expect(Page.GetByLabel("Public")).ToBeCheckedAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Actions" }).ClickAsync();
        await Expect(Row("team.invite")).ToContainTextAsync("public");
    }

    [Test]
    public async Task A_live_tail_shows_a_new_matching_log_and_holds_new_ones_while_paused()
    {
        var projectId = await Admin.CreateProjectAsync("Tail");
        var (_, production) = await Admin.CreateKeyAsync(projectId);
        using var data = Admin.DataClient(production);
        await SignInAsync();
        await Page.GotoAsync($"/console/projects/{projectId}/tail?environment=production&q={Uri.EscapeDataString("level>=warn")}");
        await Expect(Page.Locator("[data-tail-status]")).ToHaveTextAsync(new Regex("^Live"));

        await AdminApi.IngestAsync(data, AdminApi.Log("payment.declined", "error", message: "card declined"), AdminApi.Log("page.viewed"));
        await Expect(Page.Locator("li.log", new() { HasText = "payment.declined" })).ToBeVisibleAsync();
        await Expect(Page.Locator("li.log", new() { HasText = "page.viewed" })).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await AdminApi.IngestAsync(data, AdminApi.Log("payment.retried", "warn"));
        await Expect(Page.Locator("[data-tail-status]")).ToHaveTextAsync("Paused: 1 new.");
        await Expect(Page.Locator("li.log", new() { HasText = "payment.retried" })).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(Page.Locator("li.log").First).ToContainTextAsync("payment.retried");
    }

    [Test]
    public async Task The_usage_chart_reflects_an_ingest()
    {
        var projectId = await Admin.CreateProjectAsync("Usage");
        var (_, production) = await Admin.CreateKeyAsync(projectId);
        await SignInAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var usage = $"/console/projects/{projectId}/usage";
        await Page.GotoAsync(usage);
        await Expect(Page.Locator($"svg[data-environment=production] rect[data-date='{today}']")).ToHaveAttributeAsync("data-count", "0");

        using (var data = Admin.DataClient(production))
        {
            await AdminApi.IngestAsync(data, AdminApi.Log("a"), AdminApi.Log("b"), AdminApi.Log("c"));
        }

        await ReloadUntilVisibleAsync(usage, page => page.Locator($"svg[data-environment=production] rect[data-date='{today}'][data-count='3']"));
        await Expect(Page.Locator("[data-usage-used]")).ToHaveTextAsync("3");
        await Expect(Page.Locator($"svg[data-environment=staging] rect[data-date='{today}']")).ToHaveAttributeAsync("data-count", "0");
    }

    private ILocator Row(string text) => Page.Locator("tbody tr", new() { HasText = text });
}
