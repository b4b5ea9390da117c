using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarkupDsl.Tool.Tests.ConversationRelay;

/// <summary>
/// A ConversationRelay app in-process over HTTPS on loopback, written against the raw WebSocket so that it can
/// misbehave on purpose: <c>POST /twilio</c> and <c>/telnyx</c> answer <c>&lt;Connect action="/handoff"&gt;
/// &lt;ConversationRelay url="wss://{host}/relay"&gt;</c> with a <c>caller</c> parameter (Twilio's webhook and upgrade
/// signed), <c>/handoff</c> records its form, and <c>/relay</c> runs the test's <see cref="Behaviour"/>.
/// </summary>
internal sealed class RelayTestApp : IAsyncDisposable
{
    public const string AuthToken = "12345678901234567890123456789012";

    private readonly WebApplication _app;

    private RelayTestApp(WebApplication app, Uri address, Func<Peer, Task> behaviour)
    {
        _app = app;
        Address = address;
        Behaviour = behaviour;
    }

    public Uri Address { get; }

    /// <summary>What the app does on each session.</summary>
    public Func<Peer, Task> Behaviour { get; }

    /// <summary>Every message the simulator sent, in order.</summary>
    public ConcurrentQueue<JsonElement> Received { get; } = new();

    /// <summary>The forms POSTed to <c>/handoff</c>.</summary>
    public ConcurrentQueue<IFormCollection> Handoffs { get; } = new();

    public static async Task<RelayTestApp> StartAsync(Func<Peer, Task> behaviour)
    {
        WebApplication app = LoopbackApp.Build(AuthToken);
        RelayTestApp? test = null;
        app.MapPost("/twilio", (HttpRequest request) => MarkupResults.Markup(new TwiML.VoiceResponse()
            .Connect(connect => connect.ConversationRelay($"wss://{request.Host}/relay", relay => relay.Parameter("caller", request.Form["From"].ToString())), action: "/handoff")))
            .RequireTwilioSignature();
        app.MapPost("/telnyx", (HttpRequest request) => MarkupResults.Markup(new TeXML.VoiceResponse()
            .Connect(connect => connect.ConversationRelay($"wss://{request.Host}/relay", relay => relay.Parameter("caller", request.Form["From"].ToString())), action: "/handoff")));
        app.MapPost("/handoff", async (HttpRequest request) =>
        {
            test!.Handoffs.Enqueue(await request.ReadFormAsync());
            return MarkupResults.Markup(new TwiML.VoiceResponse().Say("Goodbye."));
        });
        app.Map("/relay", async (HttpContext context, TwilioRequestValidator validator) =>
        {
            bool telnyx = context.Request.Headers.ContainsKey("x-telnyx-streaming-auth-token");
            if (!telnyx && !validator.IsValidWebSocketUpgrade(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
            await test!.Behaviour(new Peer(socket, test));
        });
        await app.StartAsync();
        test = new RelayTestApp(app, LoopbackApp.Address(app), behaviour);
        return test;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The app's end of one session.</summary>
    internal sealed class Peer(WebSocket socket, RelayTestApp app)
    {
        public WebSocket Socket { get; } = socket;

        /// <summary>The next message from the simulator, or <see langword="null"/> once it closed.</summary>
        public async Task<JsonElement?> ReceiveAsync(CancellationToken cancellationToken = default)
        {
            var buffer = new byte[16384];
            int length = 0;
            ValueWebSocketReceiveResult frame;
            do
            {
                frame = await Socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += frame.Count;
            }
            while (!frame.EndOfMessage);

            if (frame.MessageType == WebSocketMessageType.Close)
            {
                await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return null;
            }

            JsonElement message = JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
            app.Received.Enqueue(message);
            return message;
        }

        public Task SendAsync(string json) => Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

        /// <summary>Answers <paramref name="text"/> as a model would: one word (with its space) a token, the last one marked.</summary>
        public async Task ReplyAsync(string text, int delayMs = 0, bool markLast = true, CancellationToken cancellationToken = default)
        {
            string[] words = text.Split(' ');
            for (int i = 0; i < words.Length && !cancellationToken.IsCancellationRequested; i++)
            {
                bool last = i == words.Length - 1;
                string token = last ? words[i] : words[i] + " ";
                await SendAsync(markLast ? JsonSerializer.Serialize(new { type = "text", token, last }) : JsonSerializer.Serialize(new { type = "text", token }));
                if (delayMs > 0 && !last)
                {
                    await Task.Delay(delayMs, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
        }

        /// <summary>
        /// A well-behaved agent until the simulator closes: a final prompt P is answered <c>You said: P</c>, a key d
        /// <c>You pressed d.</c>, paced <paramref name="delayMs"/> a token and stopped at an interrupt; key 0 ends the
        /// session with a hand-off.
        /// </summary>
        public async Task ConverseAsync(int delayMs)
        {
            var speaking = new CancellationTokenSource();
            Task reply = Task.CompletedTask;
            async Task StopAsync()
            {
                await speaking.CancelAsync();
                await reply;
                speaking = new CancellationTokenSource();
            }

            while (await ReceiveAsync() is { } message)
            {
                switch (message.GetProperty("type").GetString())
                {
                    case "interrupt":
                        await StopAsync();
                        break;
                    case "prompt" when message.GetProperty("last").GetBoolean():
                        await StopAsync();
                        reply = ReplyAsync("You said: " + message.GetProperty("voicePrompt").GetString(), delayMs, cancellationToken: speaking.Token);
                        break;
                    case "dtmf" when message.GetProperty("digit").GetString() == "0":
                        await StopAsync();
                        await SendAsync("""{"type":"end","handoffData":"{\"reason\":\"operator\"}"}""");
                        break;
                    case "dtmf":
                        await StopAsync();
                        reply = ReplyAsync($"You pressed {message.GetProperty("digit").GetString()}.", delayMs, cancellationToken: speaking.Token);
                        break;
                }
            }

            await StopAsync();
        }

        /// <summary>Answers each final prompt at once with <paramref name="reply"/>'s messages, ignoring interrupts, until the simulator closes.</summary>
        public async Task AnswerEachPromptAsync(Func<JsonElement, Task> reply)
        {
            while (await ReceiveAsync() is { } message)
            {
                if (message.GetProperty("type").GetString() is "prompt" or "dtmf" && (!message.TryGetProperty("last", out JsonElement last) || last.GetBoolean()))
                {
                    await reply(message);
                }
            }
        }
    }
}
