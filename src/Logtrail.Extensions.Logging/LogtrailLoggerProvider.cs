using System.Collections.Concurrent;
using Logtrail.Client;
using Logtrail.Client.Batching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Logtrail.Extensions.Logging;

/// <summary>
/// An <see cref="ILoggerProvider"/> that sends logs to Logtrail. A call to <c>ILogger.Log</c> only captures the
/// call and enqueues it: it never waits on the network and never throws. A background loop sends batches; the
/// queue is bounded (oldest dropped first, counted in <see cref="Statistics"/> and reported to Logtrail);
/// <see cref="FlushAsync"/>, host shutdown and disposal send what is queued.
/// </summary>
[ProviderAlias("Logtrail")]
public sealed class LogtrailLoggerProvider : ILoggerProvider, ISupportExternalScope, IAsyncDisposable
{
    /// <summary>Categories of the client's own logging, which the provider never sends (it would feed on itself).</summary>
    private static readonly string[] OwnCategories = ["Logtrail.Client", $"System.Net.Http.HttpClient.{LogtrailClient.HttpClientName}.", "Polly"];

    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);
    private readonly LogtrailLogQueue _queue;
    private readonly bool _includeScopes;
    private IExternalScopeProvider? _scopes;
    private int _disposed;

    /// <summary>A provider sending through <paramref name="client"/>.</summary>
    public LogtrailLoggerProvider(LogtrailClient client, LogtrailLoggerOptions options)
        : this(() => client, options)
    {
        ArgumentNullException.ThrowIfNull(client);
    }

    /// <summary>The provider as dependency injection builds it: the client is resolved on the first send, not while logging is set up.</summary>
    [ActivatorUtilitiesConstructor]
    public LogtrailLoggerProvider(IServiceProvider services, IOptions<LogtrailLoggerOptions> options)
        : this(() => services.GetRequiredService<LogtrailClient>(), options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    private LogtrailLoggerProvider(Func<LogtrailClient> client, LogtrailLoggerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _includeScopes = options.IncludeScopes;
        _queue = new LogtrailLogQueue(new LogBatchSender(client, options.MaxBatchSize, null), options);
    }

    /// <summary>Sent, refused, failed and dropped counts since the provider started.</summary>
    public LogDeliveryStatistics Statistics => _queue.Statistics;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, category => OwnCategories.Any(own => category.StartsWith(own, StringComparison.Ordinal))
            ? NullLogger.Instance
            : new LogtrailLogger(category, _queue, () => _includeScopes ? _scopes : null));

    /// <inheritdoc />
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <summary>Completes when every log written before the call has been sent, refused or dropped.</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _queue.FlushAsync(cancellationToken);

    /// <summary>Sends what is queued (within <see cref="LogtrailLoggerOptions.ShutdownTimeout"/>) and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _queue.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Sends what is queued (within <see cref="LogtrailLoggerOptions.ShutdownTimeout"/>) and stops.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
