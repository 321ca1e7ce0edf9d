using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Logtrail.Bench;

/// <summary>
/// Issue 15's figure: each console page's time over the largest project (1 M logs after an ingest run), signed in with
/// the admin token through the sign-in form as a browser would. One request at a time; the round trip on loopback is
/// measured, an upper bound of the server's own time.
/// </summary>
public static partial class ConsoleSuite
{
    public static async Task RunAsync(BenchSettings settings)
    {
        var workspace = await BenchWorkspace.ForLargestProjectAsync(settings);
        using var console = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 1 })
        {
            BaseAddress = settings.BaseUrl,
        };
        await SignInAsync(console, settings.AdminToken);
        var action = await LatestActionAsync(settings, workspace);
        var project = $"/console/projects/{workspace.ProjectId}";
        (string Name, string Path)[] pages =
        [
            ("projects", "/console"),
            ("keys", $"{project}/keys"),
            ("search, newest 50", $"{project}/search"),
            ("search level=error", $"{project}/search?q=level%3Derror"),
            ("search action~\"invoice\" level>=warn", $"{project}/search?q={Uri.EscapeDataString("action~\"invoice\" level>=warn")}"),
            ("usage", $"{project}/usage"),
            ("action catalog", $"{project}/actions"),
            ("action template preview", $"{project}/actions/edit?action={Uri.EscapeDataString(action)}"),
            ("key activity", $"{project}/keys/{workspace.KeyId}/activity"),
            ("audit trail", "/console/audit"),
        ];

        var results = await Report.RunStepsAsync(async run =>
        {
            foreach (var (name, path) in pages)
            {
                await run(name, report => Measurement.LatencyOfAsync($"GET {name}", 10, settings.ReadSamples, _ => GetAsync(console, path), report));
            }
        });
        await Report.WriteAsync(settings, "console", results, new Dictionary<string, double>());
    }

    private static async Task SignInAsync(HttpClient console, string adminToken)
    {
        var form = await console.GetStringAsync("/console/sign-in");
        var csrf = WebUtility.HtmlDecode(CsrfField().Match(form).Groups["token"].Value);
        using var response = await console.PostAsync("/console/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = adminToken,
            ["__csrf"] = csrf,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in to the console failed: {(int)response.StatusCode}.");
        }
    }

    private static async Task<string> LatestActionAsync(BenchSettings settings, BenchWorkspace workspace)
    {
        using var data = workspace.CreateClient(settings, 1);
        var newest = await data.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/workspace/logs?pageSize=10");
        return newest[0].GetProperty("action").GetString()!;
    }

    private static async Task GetAsync(HttpClient console, string path)
    {
        using var response = await console.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        await response.Content.ReadAsByteArrayAsync();
    }

    [GeneratedRegex("""name="__csrf" type="hidden" value="(?<token>[^"]+)""")]
    private static partial Regex CsrfField();
}
