using System.Net;
using System.Net.Sockets;
using Logtrail.Application.Authentication;
using Logtrail.Domain.Keys;
using Logtrail.Infrastructure.Logs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Logtrail.Console.BrowserTests.Support;

/// <summary>The real service on real Kestrel (127.0.0.1, a free port) over the browser tests' own database.</summary>
public sealed class ConsoleServer : WebApplicationFactory<Program>
{
    private ConsoleServer(int port)
    {
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public int Port { get; }

    public string BaseUrl { get; }

    public static async Task<ConsoleServer> StartAsync()
    {
        var server = new ConsoleServer(FreePort());
        server.UseKestrel(options => options.Listen(IPAddress.Loopback, server.Port));
        server.StartServer();
        await server.Services.GetRequiredService<LogPartitionMaintainer>().EnsurePartitionsAsync(CancellationToken.None);
        return server;
    }

    /// <summary>A new admin token, stored hashed as the bootstrap stores one; the plain token for the test to use.</summary>
    public async Task<string> CreateAdminTokenAsync(string name = "browser tests")
    {
        var token = AdminTokenFormat.Generate();
        await Services.GetRequiredService<IAdminTokenRepository>().AddAsync(
            new AdminToken(Guid.CreateVersion7(), name, AdminTokenFormat.DisplayPrefix(token), SecretHash.Compute(token), DateTimeOffset.UtcNow, ExpiresAt: null, RevokedAt: null),
            CancellationToken.None);
        return token;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Logtrail", ConsoleDatabase.ConnectionString);
        builder.UseSetting("Logtrail:Database:MigrateOnStart", "false");
        builder.UseSetting("Logtrail:Logs:EnforceRetention", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
