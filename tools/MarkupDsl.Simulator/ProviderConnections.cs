using System.Net.Security;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;

namespace MarkupDsl.Simulator;

/// <summary>
/// The simulated provider's HTTP and WebSocket connections, with the trust the options give (the system's, a pinned
/// certificate, or any with <see cref="CallOptions.Insecure"/>): one handler, so webhooks and upgrades share it.
/// </summary>
internal sealed class ProviderConnections : IDisposable
{
    private readonly CallOptions _options;
    private readonly SocketsHttpHandler _handler;

    public ProviderConnections(CallOptions options)
    {
        _options = options;
        _handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, certificate, _, errors) => Trusts(certificate, errors) },
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        Http = new HttpClient(_handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>For webhooks.</summary>
    public HttpClient Http { get; }

    /// <summary>Opens <paramref name="socket"/> to <paramref name="url"/> over the shared handler.</summary>
    public Task ConnectAsync(ClientWebSocket socket, Uri url, CancellationToken cancellationToken) =>
        socket.ConnectAsync(url, new HttpMessageInvoker(_handler, disposeHandler: false), cancellationToken);

    private bool Trusts(X509Certificate? certificate, SslPolicyErrors errors) =>
        _options.Insecure || (_options.Pin is { } pin ? pin.Accepts(certificate, errors) : errors == SslPolicyErrors.None);

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }
}
