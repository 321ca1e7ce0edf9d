using Logtrail.Client;
using Microsoft.Extensions.Hosting;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>
/// The .NET client wired as an application would (dependency injection over <see cref="IHttpClientFactory"/>),
/// sending to the test service, with a <see cref="FaultInjectingHandler"/> under its resilience pipeline.
/// </summary>
public sealed class ClientServices : IAsyncDisposable
{
    private ClientServices(ServiceProvider provider, FaultInjectingHandler faults)
    {
        Provider = provider;
        Faults = faults;
    }

    public ServiceProvider Provider { get; }

    public FaultInjectingHandler Faults { get; }

    public LogtrailClient Client => Provider.GetRequiredService<LogtrailClient>();

    public static ClientServices Create(string apiKey, Action<IServiceCollection>? configure = null, string? hostEnvironment = null)
    {
        var faults = new FaultInjectingHandler();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(TestRun.Api.Logs));
        if (hostEnvironment is not null)
        {
            services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(hostEnvironment));
        }

        services.AddLogtrail(options =>
            {
                options.ApiKey = apiKey;
                options.BaseUrl = new Uri("http://localhost");
                options.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            })
            .ConfigurePrimaryHttpMessageHandler(() => TestRun.Api.Server.CreateHandler())
            .AddHttpMessageHandler(() => faults)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        configure?.Invoke(services);
        return new ClientServices(services.BuildServiceProvider(), faults);
    }

    public async ValueTask DisposeAsync() => await Provider.DisposeAsync();

    private sealed class TestHostEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
