using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Logtrail.Api.IntegrationTests.Support;

/// <summary>
/// A TCP relay on 127.0.0.1 in front of the test database, to take the database away from one service instance and
/// give it back: <see cref="Cut"/> drops every relayed connection and refuses new ones until <see cref="Restore"/>.
/// </summary>
public sealed class DatabaseProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _open = [];
    private readonly string _host;
    private readonly int _port;
    private readonly Task _accepting;
    private volatile bool _cut;

    public DatabaseProxy()
    {
        var target = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
        _host = target.Host!;
        _port = target.Port;
        _listener.Start();
        var relayed = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Host = "127.0.0.1", Port = ((IPEndPoint)_listener.LocalEndpoint).Port };
        ConnectionString = relayed.ConnectionString;
        _accepting = AcceptAsync();
    }

    /// <summary>The test database's connection string, through the relay.</summary>
    public string ConnectionString { get; }

    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            _open.ForEach(client => client.Dispose());
            _open.Clear();
        }
    }

    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_cut)
            {
                client.Dispose();
                continue;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var upstream = new TcpClient();
        lock (_open)
        {
            _open.Add(client);
            _open.Add(upstream);
        }

        try
        {
            await upstream.ConnectAsync(_host, _port, _stopping.Token);
            await Task.WhenAny(
                client.GetStream().CopyToAsync(upstream.GetStream(), _stopping.Token),
                upstream.GetStream().CopyToAsync(client.GetStream(), _stopping.Token));
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The relay was cut or the service closed its connection: either way this pair is done.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }
}
