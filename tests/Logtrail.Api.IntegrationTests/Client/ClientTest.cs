using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Client;
using Logtrail.Extensions.Logging;

namespace Logtrail.Api.IntegrationTests.Client;

/// <summary>A workspace (pro plan) and the .NET client on its production read-write key, wired through dependency injection.</summary>
public abstract class ClientTest : IntegrationTest
{
    private readonly List<ClientServices> _services = [];

    protected Guid ProjectId { get; private set; }

    protected IssuedKey Key { get; private set; } = null!;

    private ClientServices _main = null!;

    protected LogtrailClient Client => _main.Client;

    protected FaultInjectingHandler Faults => _main.Faults;

    [SetUp]
    public async Task CreateClientAsync()
    {
        ProjectId = await Admin.CreateProjectAsync();
        Key = await Admin.CreateKeyAsync(ProjectId);
        _main = ClientServices.Create(Key.Key);
    }

    [TearDown]
    public async Task DisposeServicesAsync()
    {
        await _main.DisposeAsync();
        foreach (var services in _services)
        {
            await services.DisposeAsync();
        }

        _services.Clear();
    }

    protected ClientServices ServicesFor(string apiKey, Action<IServiceCollection>? configure = null, string? hostEnvironment = null)
    {
        var services = ClientServices.Create(apiKey, configure, hostEnvironment);
        _services.Add(services);
        return services;
    }

    /// <summary>Services with the ILogger provider added (its options set by <paramref name="configure"/>), sending through <see cref="Key"/>.</summary>
    protected (ClientServices Services, LogtrailLoggerProvider Provider) LoggerProviderServices(Action<LogtrailLoggerOptions> configure)
    {
        var services = ServicesFor(Key.Key, collection => collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddLogtrail(configure)));
        return (services, services.Provider.GetRequiredService<LogtrailLoggerProvider>());
    }

    protected static LogEvent Login(string actorId = "u1", int sequence = 0) => new("user.login", LogtrailLevel.Info)
    {
        Message = $"login {sequence}",
        Actor = new() { ["id"] = actorId, ["name"] = "Ada", ["type"] = "user" },
        Metadata = new() { ["seq"] = sequence },
    };

    /// <summary>How many rows the project has in <c>logs</c>, and how many distinct <c>metadata.seq</c> values among them.</summary>
    protected async Task<(long Rows, long DistinctSequences)> StoredAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT metadata->>'seq') FROM logs WHERE project_id = $1 AND action <> 'logtrail.logs_dropped'";
        command.Parameters.AddWithValue(ProjectId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
