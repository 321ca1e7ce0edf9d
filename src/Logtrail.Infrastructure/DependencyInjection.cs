using Dapper;
using Logtrail.Application.Activity;
using Logtrail.Application.Activity.ViewerTokens;
using Logtrail.Application.Audit;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Persistence;
using Logtrail.Application.Common.RateLimiting;
using Logtrail.Application.Keys;
using Logtrail.Application.Keys.Activity;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Queries.AggregateLogs;
using Logtrail.Application.Logs.Tail;
using Logtrail.Application.Logs.Erasure;
using Logtrail.Application.Organizations;
using Logtrail.Application.Projects;
using Logtrail.Application.Projects.CorsOrigins;
using Logtrail.Application.Usage;
using Logtrail.Domain.Usage;
using Logtrail.Infrastructure.Activity;
using Logtrail.Infrastructure.Audit;
using Logtrail.Infrastructure.Background;
using Logtrail.Infrastructure.Configuration;
using Logtrail.Infrastructure.DataProtection;
using Logtrail.Infrastructure.Keys;
using Logtrail.Infrastructure.Logs;
using Logtrail.Infrastructure.Logs.Tail;
using Logtrail.Infrastructure.Persistence;
using Logtrail.Infrastructure.Persistence.Repositories;
using Logtrail.Infrastructure.Projects;
using Logtrail.Infrastructure.RateLimiting;
using Logtrail.Infrastructure.Usage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Logtrail.Application.Common.Faults;
using Npgsql;

namespace Logtrail.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The monthly quota's grace as a percentage of the plan's limit (SPEC §6); 10 unless set.</summary>
    public const string QuotaGraceSetting = "Logtrail:Quota:GracePercent";

    /// <summary>Every instance names the same application, so each reads what another protected (sessions, antiforgery tokens).</summary>
    public const string DataProtectionApplicationName = "Logtrail";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;

        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Configure(options => options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? "")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<KeyCacheOptions>()
            .Bind(configuration.GetSection(KeyCacheOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<LogStorageOptions>()
            .Bind(configuration.GetSection(LogStorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(provider => DataSource(provider, PlanCustomPerExecution, poolShare: 1));
        services.AddSingleton(provider => new GenericPlanDataSource(DataSource(provider, PlanOnceForAll, poolShare: 2)));
        services.AddSingleton<DatabaseOutageMonitor>();
        services.AddSingleton<IDatabaseFaults>(provider => provider.GetRequiredService<DatabaseOutageMonitor>());
        services.AddSingleton(provider => new DatabaseMigrator(
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString,
            provider.GetRequiredService<ILogger<DatabaseMigrator>>()));

        services.AddSingleton<DatabaseSessions>();
        services.AddSingleton<IUnitOfWork>(provider => provider.GetRequiredService<DatabaseSessions>());
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<KeyChangePublisher>();
        services.AddSingleton<ApiKeyRepository>();
        services.AddSingleton<IApiKeyRepository>(provider => provider.GetRequiredService<ApiKeyRepository>());
        services.AddSingleton<IApiKeyDirectory, CachedApiKeyDirectory>();
        services.AddSingleton<KeyUsageRecorder>();
        services.AddSingleton<IKeyUsageRecorder>(provider => provider.GetRequiredService<KeyUsageRecorder>());
        services.AddSingleton<KeyUsageFlusher>();
        services.AddHostedService(provider => provider.GetRequiredService<KeyUsageFlusher>());
        services.AddHostedService<KeyChangeListener>();
        services.AddSingleton<LogCommitFeed>();
        services.AddSingleton<ILogCommitFeed>(provider => provider.GetRequiredService<LogCommitFeed>());
        services.AddHostedService(provider => provider.GetRequiredService<LogCommitFeed>());

        services.AddLogStorage(configuration);
        services.AddSingleton<ILogReader, LogReader>();
        services.AddSingleton<ILogAggregator, LogAggregator>();
        services.AddSingleton<IAggregateCache, AggregateCache>();
        services.AddOptions<AggregateCacheOptions>()
            .Bind(configuration.GetSection(AggregateCacheOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<AggregateCacheOptions>>().Value);
        services.AddSingleton<IViewerTokenStore, ViewerTokenStore>();
        services.AddSingleton<ICorsOriginStore, CorsOriginStore>();
        services.AddOptions<InstanceOptions>()
            .Bind(configuration.GetSection(InstanceOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<JobLeases>();
        services.AddSingleton<LogPartitionMaintainer>();
        services.AddHostedService<ElectedJobRunner<LogPartitionMaintainer>>();
        services.AddSingleton<LogBlockRangeSummarizer>();
        services.AddHostedService<ElectedJobRunner<LogBlockRangeSummarizer>>();
        services.AddSingleton<RetentionEnforcer>();
        services.AddHostedService<ElectedJobRunner<RetentionEnforcer>>();
        services.AddSingleton<ITokenLeaseStore, PostgresTokenLeaseStore>();

        services.AddOptions<ActivityOptions>()
            .Bind(configuration.GetSection(ActivityOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ActionCatalogRecorder>();
        services.AddSingleton<IActionCatalogRecorder>(provider => provider.GetRequiredService<ActionCatalogRecorder>());
        services.AddSingleton<ActionCatalogFlusher>();
        services.AddHostedService(provider => provider.GetRequiredService<ActionCatalogFlusher>());
        services.AddSingleton<IActionCatalog, ActionCatalog>();
        services.AddSingleton<KeyActivityRecorder>();
        services.AddSingleton<IKeyActivityRecorder>(provider => provider.GetRequiredService<KeyActivityRecorder>());
        services.AddSingleton<KeyActivityFlusher>();
        services.AddHostedService(provider => provider.GetRequiredService<KeyActivityFlusher>());
        services.AddSingleton<IKeyActivityLog, KeyActivityLog>();
        services.AddSingleton<IAdminAuditTrail, AdminAuditTrail>();
        services.AddSingleton<ILogEraser, LogEraser>();

        services.AddSingleton<IOrganizationRepository, OrganizationRepository>();
        services.AddSingleton<IProjectRepository, ProjectRepository>();
        services.AddSingleton<IAdminTokenRepository, AdminTokenRepository>();
        services.AddSingleton<PostgresXmlRepository>();
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<PostgresXmlRepository>((options, repository) => options.XmlRepository = repository);
        services.AddSingleton<UsageReader>();
        services.AddSingleton<IUsageReader>(provider => provider.GetRequiredService<UsageReader>());

        services.AddSingleton(PlanCatalogFactory.FromConfiguration(configuration));
        services.AddSingleton(new QuotaGrace(configuration.GetValue(QuotaGraceSetting, QuotaGrace.DefaultPercent)));
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The main pool's sessions: every execution planned with its values.</summary>
    private static readonly (string Name, string Value)[] PlanCustomPerExecution = [("plan_cache_mode", "force_custom_plan")];

    /// <summary>
    /// The plain pages' sessions: planned once, and never JIT-compiled — a generic plan cannot know its window, so over
    /// 10 M logs its estimate passed <c>jit_above_cost</c> and every execution spent 12–14 ms compiling 0.1 ms of work.
    /// </summary>
    private static readonly (string Name, string Value)[] PlanOnceForAll = [("plan_cache_mode", "force_generic_plan"), ("jit", "off")];

    /// <summary>
    /// A data source of the service. Unless the connection string says otherwise, connections read 64 KiB at a
    /// time (<see cref="DatabaseOptions.ReadBufferSize"/>), statements are prepared automatically, and sessions run with
    /// <paramref name="sessionSettings"/> (each unless the connection string's <c>Options</c> set it). The main data
    /// source plans every execution with its parameters' values (<c>force_custom_plan</c>): a search names its time window as parameters, and only a plan
    /// made with their values prunes partitions while planning and fits its filters' selectivity — a generic plan spans
    /// every partition and, after five executions, PostgreSQL may prefer it (measured: 0.2 ms custom, 67–101 ms generic
    /// for a search that matches nothing over a year; docs/architecture.md). <see cref="GenericPlanDataSource"/> plans
    /// once (<c>force_generic_plan</c>, without JIT) for the statements whose best plan is the same for every value. Its pool holds
    /// at most 1/<paramref name="poolShare"/> of the connections the connection string allows (<c>Maximum Pool Size</c>,
    /// 100 by default), so both pools together stay within what the main one alone could open, and a half.
    /// </summary>
    private static NpgsqlDataSource DataSource(
        IServiceProvider provider, IEnumerable<(string Name, string Value)> sessionSettings, int poolShare)
    {
        var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var builder = new NpgsqlDataSourceBuilder(options.ServiceConnectionString()).UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>());
        var settings = builder.ConnectionStringBuilder;
        settings.MaxPoolSize = Math.Max(1, settings.MaxPoolSize / poolShare);
        settings.MinPoolSize = Math.Min(settings.MinPoolSize, settings.MaxPoolSize);
        if (!Sets(options.ConnectionString, "MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = options.MaxAutoPrepare;
        }

        if (!Sets(options.ConnectionString, "ReadBufferSize"))
        {
            settings.ReadBufferSize = options.ReadBufferSize;
        }

        // A connection handed back to the pool is not reset (RESET ALL, DISCARD TEMP, … ran on the server before every
        // statement of the next request): nothing the service does outlives its transaction — SET LOCAL, temporary
        // tables ON COMMIT DROP, transaction-scoped advisory locks — and the LISTEN connections are not pooled here.
        if (!Sets(options.ConnectionString, "NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        foreach (var (name, value) in sessionSettings)
        {
            if (settings.Options?.Contains($"{name}=", StringComparison.Ordinal) != true)
            {
                settings.Options = $"{settings.Options} -c {name}={value}".Trim();
            }
        }

        return builder.Build();
    }

    /// <summary>Whether the connection string names the setting (spaces in its keyword ignored: <c>Read Buffer Size</c>).</summary>
    private static bool Sets(string connectionString, string compactKeyword) =>
        connectionString.Replace(" ", "", StringComparison.Ordinal).Contains(compactKeyword, StringComparison.OrdinalIgnoreCase);
}
