using Logtrail.Client;
using Logtrail.Client.Http;
using Logtrail.Client.Keys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="LogtrailClient"/> over <see cref="IHttpClientFactory"/>.</summary>
public static class LogtrailServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="LogtrailClient"/> configured from <paramref name="section"/>
    /// (<c>ApiKey</c>, <c>BaseUrl</c>, …), falling back to <c>LOGTRAIL_API_KEY</c> and <c>LOGTRAIL_BASE_URL</c>.
    /// </summary>
    /// <returns>The named HTTP client's builder, to add handlers or replace the primary handler.</returns>
    public static IHttpClientBuilder AddLogtrail(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddLogtrail(options => section.Bind(options));
    }

    /// <summary>
    /// Registers a singleton <see cref="LogtrailClient"/> configured by <paramref name="configure"/>, falling back to
    /// <c>LOGTRAIL_API_KEY</c> and <c>LOGTRAIL_BASE_URL</c> for what it leaves unset. The key is checked when the host
    /// starts. Calling it again only adds configuration.
    /// </summary>
    /// <returns>The named HTTP client's builder, to add handlers or replace the primary handler.</returns>
    public static IHttpClientBuilder AddLogtrail(this IServiceCollection services, Action<LogtrailClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        if (services.Any(service => service.ServiceType == typeof(LogtrailClient)))
        {
            return services.AddHttpClient(LogtrailClient.HttpClientName);
        }

        services.AddOptions<LogtrailClientOptions>()
            .PostConfigure(options => options.WithEnvironmentDefaults())
            .Validate(options => options.BaseUrl is { IsAbsoluteUri: true }, $"Logtrail needs a {nameof(LogtrailClientOptions.BaseUrl)} (or {LogtrailClientOptions.BaseUrlVariable}).")
            .Validate(options => LogtrailApiKey.TryParse(options.ApiKey) is not null, "The Logtrail API key is missing, malformed or mistyped (its format or checksum is wrong).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateLimitWindow>();
        services.AddSingleton(provider => new LogtrailClient(
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<IOptions<LogtrailClientOptions>>().Value,
            provider.GetService<ILoggerFactory>()?.CreateLogger<LogtrailClient>() ?? NullLogger<LogtrailClient>.Instance,
            provider.GetService<IHostEnvironment>()));

        var builder = services.AddHttpClient(LogtrailClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler("logtrail", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<LogtrailClientOptions>>().Value;
            pipeline
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = TimeSpan.FromMinutes(2),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = arguments => RetryClassifier.ShouldRetryAsync(arguments.Outcome, arguments.Context.CancellationToken),
                })
                .AddTimeout(options.AttemptTimeout);
        });
        builder.AddHttpMessageHandler(provider => new RateLimitPacingHandler(provider.GetRequiredService<RateLimitWindow>()));
        return builder;
    }
}
