using Microsoft.Extensions.Hosting;

namespace Logtrail.Extensions.Logging;

/// <summary>Flushes the provider's queue when the host stops, before the service provider is disposed.</summary>
internal sealed class LogtrailLogFlusher(LogtrailLoggerProvider provider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => provider.FlushAsync(cancellationToken);
}
