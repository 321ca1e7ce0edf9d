using Logtrail.Application.Common.Faults;
using Logtrail.Infrastructure.Background;
using Logtrail.Infrastructure.Persistence.Repositories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logtrail.Infrastructure.Keys;

/// <summary>Writes recorded key use to the database every <see cref="KeyCacheOptions.LastUsedFlushInterval"/>, and once more on shutdown.</summary>
public sealed class KeyUsageFlusher(
    KeyUsageRecorder recorder,
    ApiKeyRepository keys,
    IOptions<KeyCacheOptions> options,
    IDatabaseFaults faults,
    ILogger<KeyUsageFlusher> logger) : PeriodicFlusher(faults, logger)
{
    protected override TimeSpan Interval => options.Value.LastUsedFlushInterval;

    protected override string What => "key last-use times";

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pending = recorder.Pending();
        if (pending.Count == 0)
        {
            return;
        }

        await keys.WriteLastUsedAsync(pending, cancellationToken);
        recorder.MarkWritten(pending);
    }
}
