using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

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
        WebApplication app = LoopbackApp.Build(AuthToken);
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
        echo = new EchoApp(app, LoopbackApp.Address(app));
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
