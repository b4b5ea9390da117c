using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace FloorServer;

/// <summary>
/// The floor server, running: what samples/VoiceServer is with the least code and no MarkupDsl. The same Kestrel on a
/// loopback port with the same kind of self-signed certificate (HTTPS and <c>wss://</c>), <c>POST /voice</c> answering
/// with a constant <c>&lt;Connect&gt;&lt;Stream&gt;</c>, and <c>/media</c> echoing each inbound frame followed by a
/// mark (<see cref="FloorCall"/>). Unlike the sample it checks no signature, passes no parameters and records nothing:
/// those are what a real app adds, and the comparison counts them on the sample's side.
/// </summary>
public sealed class FloorServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FloorServerHost(WebApplication app, Uri baseAddress, X509Certificate2 certificate)
    {
        _app = app;
        BaseAddress = baseAddress;
        Certificate = certificate;
    }

    /// <summary>The server's address, e.g. <c>https://127.0.0.1:5078/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The self-signed certificate the server presents; pin it to trust exactly this server.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Builds and starts the server.</summary>
    /// <param name="port">The loopback port; 0 takes a free one.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not 0-65535.</exception>
    public static async Task<FloorServerHost> StartAsync(int port, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        X509Certificate2 certificate = VoiceServer.SelfSignedCertificate.Create();

        // As the sample builds its host, so that both pay for the same Kestrel, logging and middleware defaults.
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FloorServerHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders()
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));

        WebApplication app = builder.Build();
        app.UseWebSockets();

        // Kestrel refuses a Host header that is not a valid host[:port], so it can stand in the attribute as it is.
        app.MapPost("/voice", (HttpRequest request) => Results.Text(
            $"""<?xml version="1.0" encoding="UTF-8"?><Response><Connect><Stream url="wss://{request.Host}/media"/></Connect></Response>""",
            "application/xml"));
        app.Map("/media", async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            using System.Net.WebSockets.WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
            await new FloorCall(socket).RunAsync(context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);

        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FloorServerHost(app, new Uri(address + "/"), certificate);
    }

    /// <summary>Waits until the server is told to stop (Ctrl+C, SIGTERM).</summary>
    /// <returns>A task that completes when shutdown begins.</returns>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <summary>Stops the server and releases the certificate.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }
}
