using System.Net;
using Logtrail.Api.IntegrationTests.Support;

namespace Logtrail.Api.IntegrationTests.Compatibility;

/// <summary>
/// A client generated with NSwag (default settings) from the service's own <c>/openapi/v1.json</c> runs an everyday
/// scenario: workspace info and usage on an unlimited plan, ingest one and a bulk, a list paged with the cursor,
/// an LCQL search, a log by id, and a 403 read as the documented error body.
/// </summary>
public sealed class GeneratedClientScenarioTests : IntegrationTest
{
    [Test]
    public async Task An_nswag_client_generated_from_the_service_s_own_document_runs_an_everyday_scenario()
    {
        var projectId = await Admin.CreateProjectAsync("enterprise");
        var key = await Admin.CreateKeyAsync(projectId);
        using var http = DataClient(key.Key);
        var document = await (await AnonymousClient().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        var client = await GeneratedClient.GenerateAsync(document, http);

        var info = await client.CallAsync("WorkspaceGetInfoAsync");
        Assert.That((string)info!.Plan.Code, Is.EqualTo("enterprise"));
        Assert.That((bool)info.Plan.Unlimited, Is.True);

        var one = await client.CallAsync("LogsIngestAsync", new { body = Log(client, "user.login", "Info") });
        Guid oneId = one!.Id;
        var bulk = await client.CallAsync("LogsBulkIngestAsync", new
        {
            body = client.ListOf("CreateLogRequest", Enumerable.Range(0, 24).Select(index => Log(client, $"order.step{index % 3}", index % 4 == 0 ? "Error" : "Info"))),
        });
        Assert.That((int)bulk!.Ingested, Is.EqualTo(24));

        var seen = new List<Guid>();
        dynamic? page;
        var cursor = new { cursorID = (string?)null, cursorTS = (string?)null };
        do
        {
            page = await client.CallAsync("LogsListAsync", new { pageSize = 10, cursor.cursorID, cursor.cursorTS });
            foreach (var entry in page!)
            {
                seen.Add((Guid)entry.Id);
            }

            if (page.Count > 0)
            {
                var last = Enumerable.Last(page);
                cursor = new { cursorID = (string?)((Guid)last.Id).ToString(), cursorTS = (string?)((DateTimeOffset)last.Server_timestamp).ToString("O") };
            }
        }
        while (page.Count == 10);
        Assert.That(seen, Has.Count.EqualTo(25).And.Unique);
        Assert.That(seen, Does.Contain(oneId));

        var found = await client.CallAsync("LogsQueryAsync", new { body = client.New("SearchLogsRequest", new { Query = "level=error OR action~login", PageSize = 50 }) });
        Assert.That((int)found!.Count, Is.EqualTo(7));

        var byId = await client.CallAsync("LogsGetAsync", new { id = oneId.ToString() });
        Assert.That((string)byId!.Action, Is.EqualTo("user.login"));

        var usage = await client.CallAsync("WorkspaceGetUsageAsync");
        Assert.That((bool)usage!.Unlimited, Is.True);
        Assert.That((long)usage.Used, Is.EqualTo(25));

        var mismatch = Log(client, "user.login", "Info");
        mismatch.GetType().GetProperty("Environment")!.SetValue(mismatch, Enum.Parse(mismatch.GetType().GetProperty("Environment")!.PropertyType.GetGenericArguments()[0], "Staging"));
        var refusal = Assert.ThrowsAsync(Is.AssignableTo<Exception>(), () => client.CallAsync("LogsIngestAsync", new { body = mismatch }));
        dynamic apiException = refusal!;
        Assert.That((int)apiException.StatusCode, Is.EqualTo((int)HttpStatusCode.Forbidden));
        string body = Newtonsoft.Json.JsonConvert.SerializeObject((object)apiException.Result);
        Assert.That(body, Does.Contain("\"error_code\":\"AUTH_API_KEY_SCOPE_MISMATCH\""));
    }

    private static object Log(GeneratedClient client, string action, string level) =>
        client.New("CreateLogRequest", new
        {
            Action = action,
            Level = level,
            ClientTimestamp = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero),
            Actor = new Dictionary<string, object> { ["id"] = "u1" },
        });
}
