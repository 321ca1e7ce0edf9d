namespace Logtrail.Bench;

/// <summary>Sends each request to the next of several service instances in turn, as a load balancer in front of them would.</summary>
public sealed class RoundRobinHandler(IReadOnlyList<Uri> instances, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private long _next = -1;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var instance = instances[(int)(Interlocked.Increment(ref _next) % instances.Count)];
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = instance.Scheme, Host = instance.Host, Port = instance.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
