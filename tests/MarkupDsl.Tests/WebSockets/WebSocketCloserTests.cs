using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.Tests.MediaStreams;
using MarkupDsl.WebSockets;

namespace MarkupDsl.Tests.WebSockets;

/// <summary>The close handshake's rules: the chosen status once, a bounded wait for the peer, an abort when it does not answer.</summary>
public class WebSocketCloserTests
{
    private const int Timeout = 20_000;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    [Fact(Timeout = Timeout)]
    public async Task Sends_the_chosen_status_and_ends_when_the_peer_answers()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var closer = new WebSocketCloser(loopback.Server, new WebSocketSender(loopback.Server), CloseTimeout, new WatchedClock());
        closer.Use(WebSocketCloseStatus.InternalServerError, "The application failed.");

        Task closing = closer.CloseAsync(reading: null);
        Assert.Null(await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));
        await loopback.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await closing;

        Assert.Equal(WebSocketCloseStatus.InternalServerError, loopback.Client.CloseStatus);
        Assert.Equal("The application failed.", loopback.Client.CloseStatusDescription);
        Assert.Equal(WebSocketState.Closed, loopback.Server.State);
    }

    [Fact(Timeout = Timeout)]
    public async Task Aborts_a_socket_whose_peer_does_not_answer_within_the_timeout()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        var closer = new WebSocketCloser(loopback.Server, new WebSocketSender(loopback.Server), CloseTimeout, clock);

        Task closing = closer.CloseAsync(reading: null);
        Assert.Null(await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));

        // The close frame went; the wait for the answer is set last, and nothing ends it but the clock.
        await clock.WaitForTimerAsync(CloseTimeout);
        await clock.WaitForTimerAsync(CloseTimeout);
        Assert.False(closing.IsCompleted);
        clock.Advance(CloseTimeout);
        await closing;

        Assert.Equal(WebSocketState.Aborted, loopback.Server.State);
    }

    [Fact(Timeout = Timeout)]
    public async Task Waits_for_the_reading_task_to_see_the_peers_close_and_aborts_when_it_does_not()
    {
        await using var answering = await LoopbackWebSocket.ConnectAsync();
        await using var silent = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        var answered = new WebSocketCloser(answering.Server, new WebSocketSender(answering.Server), CloseTimeout, new WatchedClock());
        var unanswered = new WebSocketCloser(silent.Server, new WebSocketSender(silent.Server), CloseTimeout, clock);

        Task answeredClose = answered.CloseAsync(ReadUntilCloseAsync(answering.Server));
        Assert.Null(await LoopbackWebSocket.ReceiveTextAsync(answering.Client));
        await answering.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await answeredClose;
        Assert.Equal(WebSocketState.Closed, answering.Server.State);

        Task unansweredClose = unanswered.CloseAsync(ReadUntilCloseAsync(silent.Server));
        Assert.Null(await LoopbackWebSocket.ReceiveTextAsync(silent.Client));
        await clock.WaitForTimerAsync(CloseTimeout);
        await clock.WaitForTimerAsync(CloseTimeout);
        Assert.False(unansweredClose.IsCompleted);
        clock.Advance(CloseTimeout);
        Assert.True(SpinWait.SpinUntil(() => silent.Server.State == WebSocketState.Aborted, Timeout));

        // HttpListener's socket does not end a pending receive on abort (Kestrel's does); the connection's end does.
        silent.EndServerConnection();
        await unansweredClose;
    }

    [Fact(Timeout = Timeout)]
    public async Task Sends_no_second_close_frame()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var closer = new WebSocketCloser(loopback.Server, new WebSocketSender(loopback.Server), CloseTimeout, new WatchedClock());

        await closer.CloseOutputAsync();
        closer.Use(WebSocketCloseStatus.PolicyViolation, null);
        await closer.CloseOutputAsync();

        Assert.Equal(WebSocketState.CloseSent, loopback.Server.State);
        Assert.Null(await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, loopback.Client.CloseStatus);
    }

    [Fact]
    public void Refuses_a_timeout_that_is_not_positive() =>
        Assert.Equal("timeout", Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketCloser(new ClientWebSocket(), new WebSocketSender(new ClientWebSocket()), TimeSpan.Zero, TimeProvider.System)).ParamName);

    /// <summary>A reading task as a session has one: reads until the peer's close frame or a failure.</summary>
    private static async Task ReadUntilCloseAsync(WebSocket socket)
    {
        var receiver = new WebSocketMessageReceiver(socket, 1024);
        while (await receiver.ReceiveAsync() is ReceivedMessageKind.Text or ReceivedMessageKind.Binary or ReceivedMessageKind.TooLarge)
        {
        }
    }
}
