using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Logtrail.Console.BrowserTests.Support;

/// <summary>
/// Base of the browser stories: a fresh browser context (no cookies) and page per test, a new admin token, and the
/// admin API for set-up. Waits are on conditions (Playwright's auto-waiting expectations), never on clocks.
/// </summary>
public abstract class ConsoleBrowserTest
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 860 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    protected static ConsoleServer Server => ConsoleRun.Server;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    protected string AdminToken { get; private set; } = null!;

    protected AdminApi Admin { get; private set; } = null!;

    [SetUp]
    public async Task OpenBrowserAsync()
    {
        AdminToken = await Server.CreateAdminTokenAsync();
        Admin = new AdminApi(Server.BaseUrl, AdminToken);
        Context = await ConsoleRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseUrl, ViewportSize = Desktop });
        Context.SetDefaultTimeout(30_000);
        Context.SetDefaultNavigationTimeout(30_000);
        Page = await Context.NewPageAsync();
    }

    [TearDown]
    public async Task CloseBrowserAsync()
    {
        await Context.CloseAsync();
        Admin.Dispose();
    }

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    /// <summary>Signs in through the sign-in page, as an operator would, and lands on the projects page.</summary>
    protected async Task SignInAsync()
    {
        await Page.GotoAsync("/console/sign-in");
        await Page.GetByLabel("Admin token").FillAsync(AdminToken);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/console$"));
    }

    /// <summary>Reloads <paramref name="path"/> until <paramref name="locator"/> shows (what background work makes appear within seconds).</summary>
    protected async Task ReloadUntilVisibleAsync(string path, Func<IPage, ILocator> locator)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await Page.GotoAsync(path);
            if (await locator(Page).CountAsync() > 0 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Page.WaitForTimeoutAsync(250);
        }

        await Expect(locator(Page).First).ToBeVisibleAsync();
    }
}
