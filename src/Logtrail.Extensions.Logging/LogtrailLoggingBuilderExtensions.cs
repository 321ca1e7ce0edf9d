using Logtrail.Client;
using Logtrail.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Configuration;

namespace Microsoft.Extensions.Logging;

/// <summary>Adds the Logtrail provider to a logging builder.</summary>
public static class LogtrailLoggingBuilderExtensions
{
    /// <summary>The configuration section the client is read from when nothing registered it: <c>Logtrail</c> (<c>ApiKey</c>, <c>BaseUrl</c>).</summary>
    public const string ClientSection = "Logtrail";

    /// <summary>
    /// Sends logs to Logtrail in the background. Uses the <see cref="LogtrailClient"/> registered with
    /// <c>services.AddLogtrail(…)</c>, else one configured from the <c>Logtrail</c> configuration section and the
    /// <c>LOGTRAIL_API_KEY</c> / <c>LOGTRAIL_BASE_URL</c> variables. Provider options bind from <c>Logging:Logtrail</c>.
    /// </summary>
    public static ILoggingBuilder AddLogtrail(this ILoggingBuilder builder) => builder.AddLogtrail(_ => { });

    /// <summary>As <see cref="AddLogtrail(ILoggingBuilder)"/>, with the queue and batching set by <paramref name="configure"/>.</summary>
    public static ILoggingBuilder AddLogtrail(this ILoggingBuilder builder, Action<LogtrailLoggerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        if (!services.Any(service => service.ServiceType == typeof(LogtrailClient)))
        {
            services.AddLogtrail(_ => { });
            services.AddOptions<LogtrailClientOptions>().BindConfiguration(ClientSection);
        }

        builder.AddConfiguration();
        services.TryAddSingleton<LogtrailLoggerProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, LogtrailLoggerProvider>(provider => provider.GetRequiredService<LogtrailLoggerProvider>()));
        services.AddHostedService<LogtrailLogFlusher>();
        LoggerProviderOptions.RegisterProviderOptions<LogtrailLoggerOptions, LogtrailLoggerProvider>(services);
        services.Configure(configure);
        return builder;
    }
}
