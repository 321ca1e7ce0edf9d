using Logtrail.Console.BrowserTests.Support;
using Microsoft.Playwright;

namespace Logtrail.Console.BrowserTests;

/// <summary>
/// For every browser test: the service on Kestrel over its own database, and one headless Chromium — Debian's
/// (<c>/usr/bin/chromium</c>, which <c>./test.sh</c> installs when missing; <c>LOGTRAIL_CHROMIUM</c> names another).
/// </summary>
[SetUpFixture]
public sealed class ConsoleRun
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private static IPlaywright? _playwright;

    public static ConsoleServer Server { get; private set; } = null!;

    public static IBrowser Browser { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("LOGTRAIL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        Assert.That(File.Exists(chromium), Is.True, $"Chromium is not installed at {chromium}: run ./test.sh as root, or apt-get install chromium.");
        Assertions.SetDefaultExpectTimeout(20_000);

        await ConsoleDatabase.CreateAsync();
        Server = await ConsoleServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
