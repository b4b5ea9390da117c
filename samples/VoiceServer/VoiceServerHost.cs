using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using MarkupDsl.AspNetCore.MediaStreams;
using MarkupDsl.AspNetCore.Validation;
using VoiceServer.Controllers;
using VoiceServer.Media;

namespace VoiceServer;

/// <summary>
/// The voice app, running: <c>POST /voice</c> answers with TwiML that connects the call to a Media Stream, and
/// <c>/media</c> records and echoes the stream, over HTTPS and <c>wss://</c> on a loopback port with a certificate
/// made at start-up. Both check Twilio's request signature with <see cref="VoiceServerOptions.AuthToken"/>.
/// </summary>
public sealed class VoiceServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private VoiceServerHost(WebApplication app, Uri baseAddress, X509Certificate2 certificate)
    {
        _app = app;
        BaseAddress = baseAddress;
        Certificate = certificate;
    }

    /// <summary>The server's address, e.g. <c>https://127.0.0.1:5001/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The self-signed certificate the server presents; pin it to trust exactly this server.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The calls whose streams have ended.</summary>
    public CallLog Calls => _app.Services.GetRequiredService<CallLog>();

    /// <summary>Builds and starts the app.</summary>
    /// <param name="options">Port, auth token, recordings folder and log level.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<VoiceServerHost> StartAsync(VoiceServerOptions options, CancellationToken cancellationToken = default)
    {
        X509Certificate2 certificate = SelfSignedCertificate.Create();
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Run in-process by another program (the simulator, a test), the app is still this assembly.
            ApplicationName = typeof(VoiceServerHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders()
            .AddSimpleConsole(console => console.SingleLine = true)
            .SetMinimumLevel(options.MinimumLogLevel)
            .AddFilter("Microsoft", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.UseHttps(certificate)));
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.Services.AddSingleton<CallLog>();
        builder.Services.AddTwilioRequestValidation().Configure(twilio => twilio.AuthToken = options.AuthToken);

        // A recorder must lose nothing: when audio arrives faster than the echo can play it back (a burst after a
        // network stall), the session stops reading the socket until the handler catches up, rather than dropping
        // frames. The handler is done with each event before reading the next, so events can be reused.
        // The "MediaStreams" configuration section (appsettings.json, or MediaStreams__Session__Pacing=Infinity in
        // the environment) overrides these; benchmarks/load/compare.sh measures the pacing's cost that way.
        builder.Services.AddMediaStreams(media =>
        {
            media.Session.EventQueueFullMode = BoundedChannelFullMode.Wait;
            media.Session.ReuseMediaEvents = true;
        }).BindConfiguration("MediaStreams");
        builder.Services.AddControllers().AddApplicationPart(typeof(VoiceController).Assembly);

        WebApplication app = builder.Build();
        app.UseWebSockets();
        app.MapControllers();
        app.MapMediaStream<EchoStreamHandler>("/media");
        await app.StartAsync(cancellationToken);

        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new VoiceServerHost(app, new Uri(address + "/"), certificate);
    }

    /// <summary>Waits until the server is told to stop (Ctrl+C, SIGTERM).</summary>
    /// <returns>A task that completes when shutdown begins.</returns>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <summary>Stops the server, closing open streams normally, and releases the certificate.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }
}
