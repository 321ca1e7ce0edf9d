using Logtrail.Client;

namespace Logtrail.Testing;

/// <summary>Waits for the logs an app under test should have written.</summary>
public sealed class LogAssertions
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly LogtrailClient _client;

    internal LogAssertions(LogtrailClient client) => _client = client;

    /// <summary>
    /// The newest log matching the LCQL <paramref name="lcql"/> (e.g. <c>action=user.login actor.id=u1</c>), as soon
    /// as one is stored; <see cref="TimeoutException"/> when none is within <paramref name="timeout"/>.
    /// </summary>
    public async Task<LogEntry> WaitForAsync(string lcql, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                await foreach (var entry in _client.QueryAsync(lcql, new LogQueryOptions { PageSize = 10 }, deadline.Token).ConfigureAwait(false))
                {
                    return entry;
                }

                await Task.Delay(PollInterval, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No log matching '{lcql}' was stored within {timeout}.");
        }
    }

    /// <summary>Every stored log matching <paramref name="lcql"/>, newest first.</summary>
    public async Task<IReadOnlyList<LogEntry>> FindAsync(string lcql, CancellationToken cancellationToken = default)
    {
        var found = new List<LogEntry>();
        await foreach (var entry in _client.QueryAsync(lcql, null, cancellationToken).ConfigureAwait(false))
        {
            found.Add(entry);
        }

        return found;
    }
}
