using System.Diagnostics;
using System.Net;
using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Domain.Keys;
using Logtrail.Infrastructure.Keys;

namespace Logtrail.Api.IntegrationTests.Authentication;

/// <summary>SPEC §2: a revoked key is refused by every API instance within a second, and the key cache never outlives its change feed.</summary>
public sealed class KeyRevocationAcrossInstancesTests : IntegrationTest
{
    private const string InfoPath = "/api/v1/workspace/info";
    private LogtrailApiFactory _otherInstance = null!;

    [SetUp]
    public async Task StartOtherInstanceAsync()
    {
        _otherInstance = new LogtrailApiFactory(listenerReconnectDelay: TimeSpan.FromSeconds(3));
        _ = _otherInstance.Server;
        await _otherInstance.WaitForKeyCacheAsync();
    }

    [TearDown]
    public async Task StopOtherInstanceAsync() => await _otherInstance.DisposeAsync();

    [Test]
    public async Task A_key_revoked_through_one_instance_is_refused_by_another_within_a_second_waiting_generously()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var other = DataClient(key.Key, _otherInstance);
        Assert.That((await other.GetAsync(InfoPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_otherInstance.KeyCache.TryGet(SecretHash.Compute(key.Key), out _), Is.True, "the other instance should have cached the key");

        await Admin.RevokeAsync(key.Id);
        var stopwatch = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await other.GetAsync(InfoPath)).StatusCode;
        }
        while (status == HttpStatusCode.OK && stopwatch.Elapsed < TimeSpan.FromSeconds(15));

        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized), $"still accepted after {stopwatch.Elapsed}");
    }

    [Test]
    public async Task While_the_change_listener_is_disconnected_lookups_go_to_the_database()
    {
        var key = await Admin.CreateWorkspaceKeyAsync();
        var other = DataClient(key.Key, _otherInstance);
        Assert.That((await other.GetAsync(InfoPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await TerminateListenersAsync();
        await WaitUntilAsync(() => !_otherInstance.KeyCache.IsTrusted);
        await RevokeWithoutNotificationAsync(key.Id);

        await ContractAssert.IsUnauthorizedAsync(await other.GetAsync(InfoPath), "AUTH_INVALID_API_KEY");
        Assert.That(_otherInstance.KeyCache.IsTrusted, Is.False, "the listener should still be waiting to reconnect");
    }

    private static async Task TerminateListenersAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name";
        command.Parameters.AddWithValue("name", KeyChangeListener.ApplicationName);
        Assert.That(await command.ExecuteScalarAsync(), Is.GreaterThanOrEqualTo(1));
    }

    private static async Task RevokeWithoutNotificationAsync(Guid keyId)
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = now() WHERE id = @id";
        command.Parameters.AddWithValue("id", keyId);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 200 && !condition(); attempt++)
        {
            await Task.Delay(10);
        }

        Assert.That(condition(), Is.True);
    }
}
