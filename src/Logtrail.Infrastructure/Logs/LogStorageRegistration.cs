using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Storage;
using Logtrail.Infrastructure.Logs.Tail;
using Logtrail.Infrastructure.Persistence;
using Logtrail.Infrastructure.Usage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Logtrail.Infrastructure.Logs;

public static class LogStorageRegistration
{
    /// <summary>
    /// The write side of logs in one call: write transactions, the log store, the usage counter, the idempotency
    /// store, the announcer of commits to live tails, and the group committer (a hosted service) that single-log
    /// requests share commits through.
    /// </summary>
    public static IServiceCollection AddLogStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GroupCommitOptions>()
            .Bind(configuration.GetSection(GroupCommitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IWriteTransactions, WriteTransactions>();
        services.AddSingleton<ILogStore, LogStore>();
        services.AddSingleton<IUsageCounter, UsageCounter>();
        services.AddSingleton<IIdempotencyStore, IdempotencyStore>();
        services.AddSingleton<ILogCommitAnnouncer, LogCommitAnnouncer>();
        services.AddSingleton<GroupCommitLogCommitter>();
        services.AddSingleton<ILogCommitter>(provider => provider.GetRequiredService<GroupCommitLogCommitter>());
        services.AddHostedService(provider => provider.GetRequiredService<GroupCommitLogCommitter>());
        return services;
    }
}
