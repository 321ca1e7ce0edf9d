using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Logtrail.Console.BrowserTests.Support;
using Microsoft.Playwright;

namespace Logtrail.Console.BrowserTests;

/// <summary>
/// Every console page at a laptop and a phone width: an axe scan with no serious or critical violation, and a
/// screenshot of each (written to the test's output, or to <c>docs/console/</c> — the images <c>docs/console.md</c>
/// shows — when <c>LOGTRAIL_UPDATE_SCREENSHOTS=1</c>; see <see cref="Screenshots"/>).
/// </summary>
public sealed class EveryPageTests : ConsoleBrowserTest
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [TestCase("desktop")]
    [TestCase("phone")]
    public async Task Every_page_passes_an_accessibility_scan_and_is_photographed(string width)
    {
        await Page.SetViewportSizeAsync(width == "phone" ? Phone.Width : Desktop.Width, width == "phone" ? Phone.Height : Desktop.Height);
        var projectId = await Admin.CreateProjectAsync($"Storefront {width}");
        var (keyId, production) = await Admin.CreateKeyAsync(projectId);
        using (var data = Admin.DataClient(production))
        {
            await AdminApi.IngestAsync(
                data,
                AdminApi.Log("team.invite", actor: new { id = "u1", name = "Ann" }, target: new { id = "u2", name = "Bob" }, message: "Ann invited Bob"),
                AdminApi.Log("invoice.failed", "error", message: "card declined"),
                AdminApi.Log("user.login", message: "signed in"));
        }

        var problems = new List<string>();
        var project = $"/console/projects/{projectId}";

        await Page.GotoAsync("/console/sign-in");
        await CheckAsync("sign-in", width, problems);
        await SignInAsync();
        await CheckAsync("projects", width, problems);

        await Page.GotoAsync($"{project}/keys");
        await CheckAsync("keys", width, problems);
        await Page.GotoAsync($"{project}/keys/new");
        await CheckAsync("new-key", width, problems);
        await Page.GetByLabel("Name").FillAsync("reporting");
        await Page.GetByLabel("read-only").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Expect(Page.GetByLabel("API key")).ToHaveValueAsync(new Regex("^lt_production_ro_"));
        await CheckAsync("created-key", width, problems, mask: Page.GetByLabel("API key"));
        await Page.GotoAsync($"{project}/keys/{keyId}/rotate");
        await CheckAsync("rotate-key", width, problems);
        await Page.GotoAsync($"{project}/keys/{keyId}/revoke");
        await CheckAsync("revoke-key", width, problems);

        await Page.GotoAsync($"{project}/search?environment=production&q={Uri.EscapeDataString("level>=info")}");
        await Expect(Page.Locator("li.log")).ToHaveCountAsync(3);
        await Page.Locator("li.log summary").First.ClickAsync();
        await CheckAsync("search", width, problems);
        await Page.GotoAsync($"{project}/tail?environment=production");
        await Expect(Page.Locator("[data-tail-status]")).ToHaveTextAsync(new Regex("^Live"));
        await CheckAsync("tail", width, problems);
        await Page.GotoAsync($"{project}/search?environment=production&q={Uri.EscapeDataString("level=error,")}");
        await Expect(Page.Locator("mark.error-at")).ToBeVisibleAsync();
        await CheckAsync("search-error", width, problems);

        await ReloadUntilVisibleAsync($"{project}/usage", page => page.Locator("svg[data-environment=production] rect[data-count='3']"));
        await CheckAsync("usage", width, problems);
        await ReloadUntilVisibleAsync($"{project}/actions", page => page.GetByRole(AriaRole.Link, new() { Name = "team.invite" }));
        await CheckAsync("actions", width, problems);
        await Page.GetByRole(AriaRole.Link, new() { Name = "team.invite" }).ClickAsync();
        await Page.GetByLabel("Template").FillAsync("{actor.name} invited {target.name}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview on production" }).ClickAsync();
        await Expect(Page.Locator(".preview .rendered").First).ToHaveTextAsync("Ann invited Bob");
        await CheckAsync("action-template", width, problems);

        await ReloadUntilVisibleAsync($"{project}/keys/{keyId}/activity", page => page.Locator("tbody tr"));
        await CheckAsync("key-activity", width, problems);
        await Page.GotoAsync("/console/audit");
        await CheckAsync("audit", width, problems);

        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Scans the current page with axe and photographs it; serious and critical violations are collected.</summary>
    private async Task CheckAsync(string name, string width, List<string> problems, ILocator? mask = null)
    {
        var result = await Page.RunAxe();
        problems.AddRange(result.Violations
            .Where(violation => BlockingImpacts.Contains(violation.Impact))
            .Select(violation => $"{name} ({width}): {violation.Impact} {violation.Id} — {violation.Help}: "
                + string.Join(" | ", violation.Nodes.Select(node => node.Html))));

        var path = Screenshots.PathOf(name, width);
        System.IO.Directory.CreateDirectory(Screenshots.Directory);
        File.Delete(path);
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
            Mask = mask is null ? null : [mask],
        });
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            problems.Add($"{name} ({width}): no screenshot was written to {path}");
        }
    }
}
