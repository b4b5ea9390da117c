using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarkupDsl.Tool.Tests;

/// <summary>
/// A voice app like samples/VoiceServer, in-process on a loopback port over HTTPS: <c>POST /twilio</c>,
/// <c>/telnyx</c> and <c>/signalwire</c> answer with a two-way stream in the provider's markup (Twilio's webhook and
/// its upgrade must carry a valid <c>X-Twilio-Signature</c>), and the stream echoes every inbound frame followed by a
/// mark, recording what it saw.
/// </summary>
internal sealed class EchoApp : IAsyncDisposable
{
    public const string AuthToken = "12345678901234567890123456789012";

    private readonly WebApplication _app;

    private EchoApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The streams that have ended.</summary>
    public ConcurrentQueue<Stream> Streams { get; } = new();

    public static async Task<EchoApp> StartAsync()
    {
        X509Certificate2 certificate = VoiceServer.SelfSignedCertificate.Create();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Services.AddTwilioRequestValidation().Configure(options => options.AuthToken = AuthToken);
        WebApplication app = builder.Build();
        app.UseWebSockets();
        EchoApp? echo = null;
        app.MapPost("/twilio", (HttpRequest request) => MarkupResults.Markup(new TwiML.VoiceResponse()
            .Connect(connect => connect.Stream($"wss://{request.Host}/twilio-media", stream => stream.Parameter("caller", request.Form["From"].ToString())))))
            .RequireTwilioSignature();
        app.MapPost("/telnyx", (HttpRequest request) => MarkupResults.Markup(new TeXML.VoiceResponse()
            .Connect(connect => connect.Stream($"wss://{request.Host}/media", stream => stream.Parameter("caller", request.Form["From"].ToString())))));
        app.MapPost("/signalwire", (HttpRequest request) => MarkupResults.Markup(new CXML.VoiceResponse()
            .Connect(connect => connect.Stream($"wss://{request.Host}/media", stream => stream.Parameter("caller", request.Form["From"].ToString())))));
        app.Map("/twilio-media", (HttpContext context, TwilioRequestValidator validator) =>
            validator.IsValidWebSocketUpgrade(context.Request) ? echo!.EchoAsync(context) : Forbid(context));
        app.Map("/media", (HttpContext context) => echo!.EchoAsync(context));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        echo = new EchoApp(app, new Uri(address + "/"));
        return echo;
    }

    private async Task EchoAsync(HttpContext context)
    {
        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
        // Unpaced, so that the echo keeps up with a simulator streaming ten times faster than real time.
        await using var session = new MediaStreamSession(socket, new MediaStreamSessionOptions { Pacing = double.PositiveInfinity });
        var digits = new List<string>();
        var marks = new List<Task<MarkOutcome>>();
        await foreach (MediaStreamEvent message in session.ReadEventsAsync())
        {
            switch (message)
            {
                case MediaEvent { Track: MediaTrack.Inbound } media:
                    await session.SendAudioAsync(media.Samples);
                    marks.Add(session.SendMarkAsync($"echo-{media.Chunk}"));
                    break;
                case DtmfEvent dtmf:
                    digits.Add(dtmf.Digit ?? "");
                    break;
            }
        }

        // Every mark came back before the stop that ended the loop, or it does not count.
        int played = marks.Count(mark => mark.IsCompletedSuccessfully && mark.Result == MarkOutcome.Played);
        Streams.Enqueue(new Stream(session.Provider, session.Start?.CustomParameters ?? new Dictionary<string, string>(), digits, played));
    }

    private static Task Forbid(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>What the app saw on one stream.</summary>
    public sealed record Stream(MediaStreamProvider Provider, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> Digits, int MarksPlayed);
}
