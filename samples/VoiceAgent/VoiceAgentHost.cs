using System.Net;
using System.Security.Cryptography.X509Certificates;
using MarkupDsl.AspNetCore.ConversationRelay;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.AI;
using VoiceServer;

namespace VoiceAgent;

/// <summary>
/// The voice agent, running: <c>POST /voice</c> and <c>POST /handoff</c> answer TwiML, and <c>/relay</c> runs a
/// <see cref="VoiceAgentConversation"/> on each ConversationRelay session, over HTTPS and <c>wss://</c> on a loopback
/// port with a certificate made at start-up. All three check Twilio's signature with <see cref="VoiceAgentOptions.AuthToken"/>;
/// <c>/relay</c> also takes Telnyx's form of the session, with that token as <c>x-telnyx-streaming-auth-token</c>.
/// </summary>
public sealed class VoiceAgentHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private VoiceAgentHost(WebApplication app, Uri baseAddress, X509Certificate2 certificate)
    {
        _app = app;
        BaseAddress = baseAddress;
        Certificate = certificate;
    }

    /// <summary>The server's address, e.g. <c>https://127.0.0.1:5002/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The self-signed certificate the server presents; pin it to trust exactly this server.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Builds and starts the app.</summary>
    /// <param name="options">Port, auth token, pace of the tokens, greeting and log level.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<VoiceAgentHost> StartAsync(VoiceAgentOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        X509Certificate2 certificate = SelfSignedCertificate.Create();
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Run in-process by another program (a test), the app is still this assembly.
            ApplicationName = typeof(VoiceAgentHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders()
            .AddSimpleConsole(console => console.SingleLine = true)
            .SetMinimumLevel(options.MinimumLogLevel)
            .AddFilter("Microsoft", LogLevel.Warning);
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.UseHttps(certificate)));
        builder.Services.AddTwilioRequestValidation().Configure(twilio => twilio.AuthToken = options.AuthToken);

        // Telnyx's form of the session too, its upgrade carrying the token as x-telnyx-streaming-auth-token (its
        // ConversationRelay page does not say how the upgrade is authenticated; this is its Media Streaming header).
        // Its TeXML webhooks are signed with Ed25519 by Telnyx alone, so /voice stays Twilio's.
        builder.Services.AddTelnyxRequestValidation().Configure(telnyx => telnyx.StreamingAuthToken = options.AuthToken);
        builder.Services.AddConversationRelay();

        // The model: swap in any Microsoft.Extensions.AI client (OpenAI, Azure OpenAI, Ollama) here.
        builder.Services.AddSingleton<IChatClient>(new EchoChatClient(options.TokenDelay));
        builder.Services.AddTransient<VoiceAgentConversation>();

        WebApplication app = builder.Build();
        app.UseWebSockets();
        app.MapPost("/voice", (HttpRequest request) => VoiceWebhooks.Voice(request, options.WelcomeGreeting)).RequireTwilioSignature();
        app.MapPost("/handoff", VoiceWebhooks.Handoff).RequireTwilioSignature();
        app.MapConversationRelay("/relay", (session, context, cancellationToken) =>
            context.RequestServices.GetRequiredService<VoiceAgentConversation>().RunAsync(session, cancellationToken));
        await app.StartAsync(cancellationToken);

        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new VoiceAgentHost(app, new Uri(address + "/"), certificate);
    }

    /// <summary>Waits until the server is told to stop (Ctrl+C, SIGTERM).</summary>
    /// <returns>A task that completes when shutdown begins.</returns>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <summary>Stops the server, closing open sessions, and releases the certificate.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }
}
