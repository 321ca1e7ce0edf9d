using Logtrail.Application.Authentication;

namespace Logtrail.Api.Console;

/// <summary>
/// Keeps a long console response (the live tail's stream) to the rule that a session ends within a second of its admin
/// token being revoked or expiring: the token is checked once a second, and the connection is aborted when it is no
/// longer active. Each check uses a scope of its own, beside the request's.
/// </summary>
public static class ConsoleSessionWatch
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Runs until <paramref name="stop"/> is cancelled or the token is gone (then the request is aborted).</summary>
    public static async Task UntilTokenEndsAsync(HttpContext http, IServiceScopeFactory scopes, Guid tokenId, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<AdminTokenAuthenticator>().FindActiveAsync(tokenId, stop) is null)
                {
                    http.Abort();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The response ended first: nothing left to watch.
        }
    }
}
