using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.ConversationRelay;
using MarkupDsl.Tests.MediaStreams;

namespace MarkupDsl.Tests.ConversationRelay;

/// <summary>
/// A ConversationRelay session on a real loopback WebSocket: the application's <see cref="Session"/> on the accepted
/// end, the provider played by the test on the connecting end, as Twilio or Telnyx connect to the app.
/// </summary>
internal sealed class RelayLoopback : IAsyncDisposable
{
    private readonly LoopbackWebSocket _sockets;

    private RelayLoopback(LoopbackWebSocket sockets, ConversationRelaySession session)
    {
        _sockets = sockets;
        Session = session;
    }

    public ConversationRelaySession Session { get; }

    /// <summary>The provider's socket.</summary>
    public ClientWebSocket Provider => _sockets.Client;

    public static async Task<RelayLoopback> StartAsync(ConversationRelaySessionOptions? options = null, IMeterFactory? meterFactory = null)
    {
        LoopbackWebSocket sockets = await LoopbackWebSocket.ConnectAsync();
        return new RelayLoopback(sockets, new ConversationRelaySession(sockets.Server, options, meterFactory));
    }

    /// <summary>Drops the TCP connection, as a web server does once the request ends.</summary>
    public void DropConnection() => _sockets.EndServerConnection();

    public Task SendAsync(string json) => LoopbackWebSocket.SendTextAsync(Provider, json);

    /// <summary>The next message the application sent, parsed; null when it closed instead.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        string? text = await LoopbackWebSocket.ReceiveTextAsync(Provider);
        return text is null ? null : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Receives text messages until one has <c>last: true</c>; their tokens.</summary>
    public async Task<List<string>> ReceiveReplyAsync()
    {
        List<string> tokens = [];
        while (await ReceiveAsync() is { } message)
        {
            Assert.Equal("text", message.GetProperty("type").GetString());
            tokens.Add(message.GetProperty("token").GetString()!);
            if (message.GetProperty("last").GetBoolean())
            {
                break;
            }
        }

        return tokens;
    }

    /// <summary>Ends the session as a provider does: the application's close is answered, then the connection dropped.</summary>
    public async ValueTask DisposeAsync()
    {
        Task answered = AnswerCloseAsync();
        await Session.DisposeAsync();
        await answered.WaitAsync(TimeSpan.FromSeconds(5));
        _sockets.EndServerConnection();
        await _sockets.DisposeAsync();
    }

    /// <summary>Reads (and drops) what the application sends until its close frame, and answers it.</summary>
    private async Task AnswerCloseAsync()
    {
        byte[] buffer = new byte[4096];
        try
        {
            while (Provider.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                ValueWebSocketReceiveResult result = await Provider.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close && Provider.State == WebSocketState.CloseReceived)
                {
                    await Provider.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A test that dropped the connection itself.
        }
    }

    /// <summary>Tokens yielded one by one, each after <paramref name="delay"/>, honouring cancellation as a model's stream does.</summary>
    public static async IAsyncEnumerable<string> Tokens(IEnumerable<string> tokens, TimeSpan delay, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (string token in tokens)
        {
            await Task.Delay(delay, cancellationToken);
            yield return token;
        }
    }

    /// <summary>Tokens without end, <c>w0 w1 ...</c>, each after <paramref name="delay"/>, honouring cancellation.</summary>
    public static async IAsyncEnumerable<string> Endless(TimeSpan delay, StrongBox<bool> cancelled, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (int i = 0; ; i++)
            {
                await Task.Delay(delay, cancellationToken);
                yield return $"w{i} ";
            }
        }
        finally
        {
            cancelled.Value = cancellationToken.IsCancellationRequested;
        }
    }
}
