namespace Logtrail.Client.Http;

/// <summary>Holds each attempt while the key's bucket is known to be empty, and learns from every response.</summary>
internal sealed class RateLimitPacingHandler(RateLimitWindow window) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await window.WaitAsync(cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        window.Observe(response);
        return response;
    }
}
