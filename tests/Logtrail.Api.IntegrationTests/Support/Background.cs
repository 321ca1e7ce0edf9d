using Logtrail.Infrastructure.Activity;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>Waits for, or forces, what the service writes off the request path.</summary>
public static class Background
{
    /// <summary>Writes the recorded action tallies and key activity now, instead of on the next tick.</summary>
    public static async Task FlushActivityAsync()
    {
        await Api.Services.GetRequiredService<ActionCatalogFlusher>().FlushAsync(CancellationToken.None);
        await Api.Services.GetRequiredService<KeyActivityFlusher>().FlushAsync(CancellationToken.None);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="within"/> has passed; returns whether it held.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        do
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        return await condition();
    }

    private static LogtrailApiFactory Api => TestRun.Api;
}
