using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

public class MediaStreamSessionTests
{
    private const int Timeout = 20_000;

    [Fact(Timeout = Timeout)]
    public async Task Reads_every_event_in_order_assembling_fragmented_messages()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        string[] provider = [TwilioMessages.Connected, TwilioMessages.Start, TwilioMessages.Media, TwilioMessages.Dtmf, TwilioMessages.Mark, TwilioMessages.Stop];
        foreach (string message in provider)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, message, frameSize: 7);
        }

        List<MediaStreamEvent> events = await ReadAllAsync(session);

        Assert.Collection(
            events,
            e => Assert.IsType<ConnectedEvent>(e),
            e => Assert.Equal(TwilioMessages.CallSid, Assert.IsType<StartEvent>(e).CallSid),
            e => Assert.Equal(new byte[] { 0xFF, 0x7F, 0x00, 0x80 }, Assert.IsType<MediaEvent>(e).Payload.ToArray()),
            e => Assert.Equal("1", Assert.IsType<DtmfEvent>(e).Digit),
            e => Assert.Equal("label", Assert.IsType<MarkEvent>(e).Name),
            e => Assert.False(Assert.IsType<StopEvent>(e).SocketClosed));
        Assert.Same(events[1], session.Start);
        Assert.True(session.IsStopped);
        await HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task Sends_audio_as_20_ms_mu_law_frames_then_mark_and_clear()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        await StartAsync(loopback, session);
        short[] pcm = Enumerable.Range(0, 400).Select(i => (short)(i * 150 - 30000)).ToArray();

        await session.SendAudioAsync(pcm);
        Task<MarkOutcome> played = session.SendMarkAsync("echo-1");

        foreach ((int offset, int length) in new[] { (0, 160), (160, 160), (320, 80) })
        {
            byte[] muLaw = new byte[length];
            MuLaw.Encode(pcm.AsSpan(offset, length), muLaw);
            string expected = $$$"""{"event":"media","streamSid":"{{{TwilioMessages.StreamSid}}}","media":{"payload":"{{{Convert.ToBase64String(muLaw)}}}"}}""";
            Assert.Equal(expected, await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));
        }

        Assert.Equal($$$"""{"event":"mark","streamSid":"{{{TwilioMessages.StreamSid}}}","mark":{"name":"echo-1"}}""", await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));
        Assert.False(played.IsCompleted);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Mark.Replace("label", "echo-1"));
        Assert.Equal(MarkOutcome.Played, await played);
        await session.ClearAsync();
        Assert.Equal($$$"""{"event":"clear","streamSid":"{{{TwilioMessages.StreamSid}}}"}""", await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));
        await HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task Refuses_to_send_before_start_without_touching_the_wire()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SendAudioAsync(new short[160]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SendMarkAsync("early"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.ClearAsync());
        await StartAsync(loopback, session);
        Task<MarkOutcome> first = session.SendMarkAsync("first");

        Assert.Contains("\"first\"", await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));
        await HangUpAsync(loopback, session);
        Assert.Equal(MarkOutcome.StreamEnded, await first);
    }

    [Theory(Timeout = Timeout)]
    [InlineData(false, """["inbound"]""")]
    [InlineData(true, """["inbound","outbound"]""")]
    public async Task Refuses_to_send_on_a_one_way_stream_without_touching_the_wire(bool bidirectional, string tracks)
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { Bidirectional = bidirectional });
        await LoopbackWebSocket.SendTextAsync(loopback.Client, $$$"""{"event":"start","streamSid":"MZ1","start":{"tracks":{{{tracks}}}}}""");
        await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SendAudioAsync(new short[160]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SendMarkAsync("m"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.ClearAsync());
        Task closing = session.DisposeAsync().AsTask();

        Assert.Null(await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));
        Task clientClose = loopback.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await closing;
        Assert.Equal(WebSocketState.Closed, loopback.Server.State);
        loopback.EndServerConnection();
        await clientClose;
    }

    [Fact(Timeout = Timeout)]
    public async Task A_socket_closed_without_stop_ends_the_stream_as_stopped()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        await using var session = new MediaStreamSession(loopback.Server);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        Task clientClose = loopback.Client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        List<MediaStreamEvent> events = await ReadAllAsync(session);
        Assert.Equal(WebSocketState.Closed, loopback.Server.State);
        loopback.EndServerConnection();
        await clientClose;

        var stop = Assert.IsType<StopEvent>(events[^1]);
        Assert.Equal(2, events.Count);
        Assert.True(stop.SocketClosed);
        Assert.Equal(TwilioMessages.CallSid, stop.CallSid);
        Assert.Equal(TwilioMessages.StreamSid, stop.StreamSid);
        Assert.Equal(WebSocketState.Closed, loopback.Client.State);
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SendMarkAsync("late"));
    }

    [Fact(Timeout = Timeout)]
    public async Task A_dropped_connection_ends_the_stream_as_stopped()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        await using var session = new MediaStreamSession(loopback.Server);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        loopback.Client.Abort();

        List<MediaStreamEvent> events = await ReadAllAsync(session);

        Assert.True(Assert.IsType<StopEvent>(events[^1]).SocketClosed);
    }

    [Fact(Timeout = Timeout)]
    public async Task Cancelling_the_read_closes_the_socket_with_normal_closure()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        await using var session = new MediaStreamSession(loopback.Server);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        using var cancellation = new CancellationTokenSource();
        IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync(cancellation.Token).GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());
        ValueTask<bool> waiting = events.MoveNextAsync();

        cancellation.Cancel();

        Assert.Null(await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, loopback.Client.CloseStatus);
        Task clientClose = loopback.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await waiting);
        Assert.Equal(WebSocketState.Closed, loopback.Server.State);
        Assert.True(session.IsStopped);
        loopback.EndServerConnection();
        await clientClose;
    }

    [Fact(Timeout = Timeout)]
    public async Task Reports_oversized_and_binary_messages_and_goes_on()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { MaxMessageSize = 1024 });
        string atLimit = TwilioMessages.Mark.PadRight(1024);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Mark.PadRight(5000), frameSize: 700);
        await loopback.Client.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, atLimit, frameSize: 100);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Stop);

        List<MediaStreamEvent> events = await ReadAllAsync(session);

        Assert.Collection(
            events,
            e => Assert.Equal("message longer than 1024 bytes, discarded", Assert.IsType<MalformedMessageEvent>(e).Detail),
            e => Assert.StartsWith("binary message", Assert.IsType<MalformedMessageEvent>(e).Detail),
            e => Assert.Equal("label", Assert.IsType<MarkEvent>(e).Name),
            e => Assert.IsType<StopEvent>(e));
        Assert.Equal([MalformedMessageReason.TooLarge, MalformedMessageReason.BinaryMessage], events.OfType<MalformedMessageEvent>().Select(m => m.Reason));
        await HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task Serializes_sends_from_many_threads()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        await StartAsync(loopback, session);

        Task<MarkOutcome>[] outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await session.SendAudioAsync(new short[480]);
            return session.SendMarkAsync($"m{i}");
        })));

        var reader = new MediaStreamMessageReader();
        var marks = new List<string>();
        for (int i = 0; i < 20 * 4; i++)
        {
            string json = (await LoopbackWebSocket.ReceiveTextAsync(loopback.Client))!;
            MediaStreamEvent message = reader.Read(Encoding.UTF8.GetBytes(json));
            Assert.IsNotType<MalformedMessageEvent>(message);
            if (message is MarkEvent mark)
            {
                marks.Add(mark.Name!);
            }
        }

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"m{i}").Order(), marks.Order());
        await HangUpAsync(loopback, session);
        Assert.All(await Task.WhenAll(outcomes), outcome => Assert.Equal(MarkOutcome.StreamEnded, outcome));
    }

    [Fact(Timeout = Timeout)]
    public async Task Works_over_a_client_socket_too()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Client);
        await LoopbackWebSocket.SendTextAsync(loopback.Server, TwilioMessages.Start);
        await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());

        Task<MarkOutcome> mark = session.SendMarkAsync("from-client");

        Assert.Contains("\"from-client\"", await LoopbackWebSocket.ReceiveTextAsync(loopback.Server));
        await LoopbackWebSocket.SendTextAsync(loopback.Server, TwilioMessages.Mark.Replace("label", "from-client"));
        Assert.Equal(MarkOutcome.Played, await mark);
        await HangUpAsync(loopback, session, providerIsClient: false);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_peer_that_does_not_answer_the_close_is_cut_off_after_the_close_timeout()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        TimeSpan closeTimeout = TimeSpan.FromSeconds(5);
        var session = new MediaStreamSession(loopback.Client, new MediaStreamSessionOptions { CloseTimeout = closeTimeout, IdleTimeout = System.Threading.Timeout.InfiniteTimeSpan, TimeProvider = clock });
        await LoopbackWebSocket.SendTextAsync(loopback.Server, TwilioMessages.Start);
        await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());

        Task closing = session.DisposeAsync().AsTask();
        Assert.Null(await LoopbackWebSocket.ReceiveTextAsync(loopback.Server));

        // The close frame went (its send had 5 s); now the wait for the answer, which never comes but for the clock.
        await clock.WaitForTimerAsync(closeTimeout);
        await clock.WaitForTimerAsync(closeTimeout);
        Assert.False(closing.IsCompleted);
        clock.Advance(closeTimeout);
        await closing;

        Assert.Equal(WebSocketState.Aborted, loopback.Client.State);
        Assert.Equal(0, session.PooledBuffersOutstanding);
    }

    [Fact(Timeout = Timeout)]
    public async Task Allows_one_reader()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        await using IAsyncEnumerator<MediaStreamEvent> first = session.ReadEventsAsync().GetAsyncEnumerator();
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Connected);
        Assert.True(await first.MoveNextAsync());

        await using IAsyncEnumerator<MediaStreamEvent> second = session.ReadEventsAsync().GetAsyncEnumerator();

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await second.MoveNextAsync());
        await HangUpAsync(loopback, session);
    }

    /// <summary>
    /// The provider closes; the session's dispose completes the handshake. A stuck handshake would take the 5 s close
    /// timeout, so the bound sits below that with room for a loaded machine: it tells stuck from done, not fast from slow.
    /// </summary>
    internal static async Task HangUpAsync(LoopbackWebSocket loopback, MediaStreamSession session, bool providerIsClient = true)
    {
        var elapsed = Stopwatch.StartNew();
        WebSocket provider = providerIsClient ? loopback.Client : loopback.Server;
        Task providerClose = provider.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        Task sessionClose = session.DisposeAsync().AsTask();

        await (providerIsClient ? sessionClose : providerClose);
        loopback.EndServerConnection();
        await Task.WhenAll(providerClose, sessionClose);

        Assert.Equal(WebSocketState.Closed, provider.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, provider.CloseStatus);
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(4), $"closing took {elapsed.Elapsed}, as long as a stuck handshake");
    }

    internal static async Task StartAsync(LoopbackWebSocket loopback, MediaStreamSession session, string start = TwilioMessages.Start)
    {
        await LoopbackWebSocket.SendTextAsync(loopback.Client, start);
        await foreach (MediaStreamEvent message in session.ReadEventsAsync())
        {
            if (message is StartEvent)
            {
                break;
            }

            Assert.IsType<ConnectedEvent>(message);
        }
    }

    internal static async Task<List<MediaStreamEvent>> ReadAllAsync(MediaStreamSession session)
    {
        var events = new List<MediaStreamEvent>();
        await foreach (MediaStreamEvent message in session.ReadEventsAsync())
        {
            events.Add(message);
        }

        return events;
    }
}
