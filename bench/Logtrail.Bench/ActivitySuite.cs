using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Logtrail.Bench;

/// <summary>
/// Issue 6's read figure: activity feeds over the largest project (1 M logs after an ingest run). Three of the seven
/// generated actions are made public with templates; each sample asks for a different actor's feed.
/// </summary>
public static class ActivitySuite
{
    private static readonly (string Action, string Template)[] PublicActions =
    [
        ("user.login", "{actor.name|actor.email} signed in"),
        ("order.paid", "{actor.name} paid an order"),
        ("team.invited", "{actor.name} was invited to the team"),
    ];

    public static async Task RunAsync(BenchSettings settings)
    {
        var workspace = await BenchWorkspace.ForLargestProjectAsync(settings);
        await MakePublicAsync(settings, workspace);
        using var client = workspace.CreateClient(settings, 1);
        var random = new Random(11);
        var results = await Report.RunStepsAsync(async run =>
        {
            await run("actor feed", report => Measurement.LatencyOfAsync(
                "GET /activity?actor_id=<random of 50,000>", 20, settings.ReadSamples,
                _ => GetAsync(client, $"?actor_id=user_{random.Next(50_000)}&pageSize=50"), report));
            await run("whole feed", report => Measurement.LatencyOfAsync(
                "GET /activity (first page, all actors)", 20, settings.ReadSamples, _ => GetAsync(client, "?pageSize=50"), report));
        });
        await Report.WriteAsync(settings, "activity", results, new Dictionary<string, double>());
    }

    public static async Task MakePublicAsync(BenchSettings settings, BenchWorkspace workspace)
    {
        using var admin = new HttpClient { BaseAddress = settings.BaseUrl };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.AdminToken);
        foreach (var (action, template) in PublicActions)
        {
            using var response = await admin.PutAsJsonAsync($"/api/v1/admin/projects/{workspace.ProjectId}/actions/{action}", new { is_public = true, template });
            response.EnsureSuccessStatusCode();
        }
    }

    private static async Task GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v1/workspace/activity" + query);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }
}
