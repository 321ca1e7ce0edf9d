using System.Net.Http.Json;
using Logtrail.Api.IntegrationTests.Support;
using static Logtrail.Api.IntegrationTests.Support.LogRequests;

namespace Logtrail.Api.IntegrationTests.Logs;

/// <summary>
/// The cursor entry is found by <c>cursorID</c> in the caller's project and environment, so lossy clients page
/// exactly: a missing <c>cursorTS</c>, or one without fraction and offset as generated clients write it.
/// </summary>
public sealed class CursorPagingTests : WorkspaceTest
{
    [Test]
    public async Task A_missing_or_imprecise_cursor_timestamp_gives_the_same_next_page()
    {
        var ids = await BulkAsync(Production, Enumerable.Range(0, 30).Select(index => ValidLog($"paged.{index}")));
        var first = await PageAsync(Production, "?pageSize=10");
        var last = first[9];
        var cursorId = last.GetProperty("id").GetString();
        var exact = last.GetProperty("server_timestamp").GetString()!;
        var secondsOnly = exact[..19];

        var expected = await IdsAsync($"?pageSize=10&cursorID={cursorId}&cursorTS={Uri.EscapeDataString(exact)}");
        Assert.That(expected, Has.Length.EqualTo(10));
        Assert.That(expected, Is.SubsetOf(ids));
        Assert.That(await IdsAsync($"?pageSize=10&cursorID={cursorId}"), Is.EqualTo(expected), "no cursorTS");
        Assert.That(await IdsAsync($"?pageSize=10&cursorID={cursorId}&cursorTS={secondsOnly}"), Is.EqualTo(expected), "seconds, no offset");
        Assert.That(await IdsAsync($"?pageSize=10&cursorID={cursorId}&cursorTS=2001-01-01T00:00:00Z"), Is.EqualTo(expected), "a wrong cursorTS");

        var response = await Production.PostAsJsonAsync($"{LogsPath}/query", new { query = "action~paged", pageSize = 10, cursorID = cursorId });
        var queried = (await ContractAssert.IsOkJsonAsync(response)).EnumerateArray().Select(log => log.GetProperty("id").GetGuid());
        Assert.That(queried, Is.EqualTo(expected), "LCQL search pages by cursorID alone too");
    }

    [Test]
    public async Task A_cursor_id_that_is_not_in_the_callers_project_and_environment_is_400_on_cursorID()
    {
        await IngestAsync(Production, ValidLog());
        var staging = DataClient((await Admin.CreateKeyAsync(ProjectId, "staging")).Key);
        var stagingId = await IngestAsync(staging, ValidLog());
        var otherProjectId = await IngestAsync(DataClient((await Admin.CreateWorkspaceKeyAsync()).Key), ValidLog());

        foreach (var cursor in new[] { stagingId, otherProjectId, Guid.CreateVersion7(), Guid.NewGuid() })
        {
            var error = await ContractAssert.IsValidationFailureAsync(await Production.GetAsync($"{LogsPath}?cursorID={cursor}"));
            Assert.That(error.GetProperty("details").GetProperty("errors")[0].GetProperty("field").GetString(), Is.EqualTo("cursorID"));
        }
    }

    [Test]
    public async Task Window_bounds_without_an_offset_are_utc()
    {
        var before = Api.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        await IngestAsync(Production, ValidLog("inside.window"));
        var after = before.AddSeconds(3);

        var inside = await PageAsync(Production, $"?from={before:yyyy-MM-ddTHH:mm:ss}&to={after:yyyy-MM-ddTHH:mm:ss}");
        var later = await PageAsync(Production, $"?from={after:yyyy-MM-ddTHH:mm:ss}");

        Assert.That(inside.EnumerateArray().Select(log => log.GetProperty("action").GetString()), Is.EqualTo(new[] { "inside.window" }));
        Assert.That(later.GetArrayLength(), Is.Zero);
    }

    private async Task<Guid[]> IdsAsync(string query) =>
        (await PageAsync(Production, query)).EnumerateArray().Select(log => log.GetProperty("id").GetGuid()).ToArray();
}
