using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Peers that misbehave, vanish or go quiet, and a consumer that falls behind.</summary>
public class SessionResilienceTests
{
    private const int Timeout = 20_000;

    [Theory(Timeout = Timeout)]
    [MemberData(nameof(Dialect.Providers), MemberType = typeof(Dialect))]
    public async Task A_peer_that_sends_garbage_gets_each_message_reported_and_the_call_goes_on(string provider)
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { ReuseMediaEvents = true });
        Dialect dialect = Dialect.Of(provider);
        string[] garbage =
        [
            dialect.Start,
            "{\"event\":\"media\",",
            dialect.Media(1, "not*base64"),
            """{"event":"media","sequenceNumber":{},"media":{"payload":"AA=="}}""",
            """{"event":"hangup-soon"}""",
            dialect.Media(2, "/38AgA=="),
            dialect.Stop,
        ];
        foreach (string message in garbage)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, message);
        }

        var seen = new List<string>();
        await foreach (MediaStreamEvent message in session.ReadEventsAsync())
        {
            seen.Add(message switch
            {
                MalformedMessageEvent malformed => $"malformed {malformed.Path}",
                UnknownEvent unknown => $"unknown {unknown.EventName}",
                MediaEvent media => $"media {string.Join(",", media.Samples.ToArray())}",
                _ => message.GetType().Name,
            });
        }

        Assert.Equal(["StartEvent", "malformed ", "malformed media.payload", "malformed sequenceNumber", "unknown hangup-soon", "media 0,0,-32124,32124", "StopEvent"], seen);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(0, session.PooledBuffersOutstanding);
    }

    [Theory(Timeout = Timeout)]
    [MemberData(nameof(Dialect.Providers), MemberType = typeof(Dialect))]
    public async Task A_peer_that_vanishes_mid_call_ends_the_stream_ends_pending_marks_and_leaks_no_buffer(string provider)
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { Pacing = 1, ReuseMediaEvents = true });
        Dialect dialect = Dialect.Of(provider);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, dialect.Start);
        await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());
        for (int chunk = 1; chunk <= 5; chunk++)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, dialect.Media(chunk, "/38AgA=="));
        }

        Assert.True(await events.MoveNextAsync());
        await session.SendAudioAsync(new short[100 * 160]);
        Task<MarkOutcome> mark = session.SendMarkAsync("never-played");
        await SessionPlaybackTests.ReceiveAsync(loopback);

        loopback.Client.Abort();
        var rest = new List<MediaStreamEvent>();
        while (await events.MoveNextAsync())
        {
            rest.Add(events.Current);
        }

        Assert.Equal(StopReason.SocketClosed, Assert.IsType<StopEvent>(rest[^1]).Reason);
        Assert.Equal(MarkOutcome.StreamEnded, await mark);
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SendAudioAsync(new short[160]));
        await events.DisposeAsync();
        await session.DisposeAsync();
        Assert.Equal(0, session.PooledBuffersOutstanding);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_silent_stream_is_closed_with_normal_closure_and_ends_as_idle()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        await using var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { IdleTimeout = TimeSpan.FromMilliseconds(200), TimeProvider = clock });
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());

        // The idle clock looks every quarter of the timeout: silent for 150 ms is not idle yet, for 200 ms it is.
        clock.Advance(TimeSpan.FromMilliseconds(150));
        Assert.False(session.IsStopped);
        clock.Advance(TimeSpan.FromMilliseconds(50));
        Assert.True(session.IsStopped);

        Assert.Null(await LoopbackWebSocket.ReceiveTextAsync(loopback.Client));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, loopback.Client.CloseStatus);
        Task clientClose = loopback.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        Assert.True(await events.MoveNextAsync());
        var stop = Assert.IsType<StopEvent>(events.Current);
        Assert.False(await events.MoveNextAsync());
        loopback.EndServerConnection();
        await clientClose;

        Assert.Equal(StopReason.IdleTimeout, stop.Reason);
        Assert.Equal(TwilioMessages.CallSid, stop.CallSid);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_slow_consumer_loses_the_oldest_events_counted_and_still_gets_the_stop()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, SlowConsumerOptions);

        Assert.Equal(["18", "19", "20", "StopEvent"], await FallBehindAsync(loopback, session));
        Assert.Equal(17, session.DroppedEvents);
        Assert.True(await session.WhenEventsDropped);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(0, session.PooledBuffersOutstanding);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_consumer_that_chose_to_wait_loses_nothing()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { EventQueueCapacity = 2, EventQueueFullMode = BoundedChannelFullMode.Wait });
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        for (int chunk = 1; chunk <= 20; chunk++)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.MediaFrame(chunk, "/38AgA=="));
        }

        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Stop);

        // The consumer takes an event only once the session holds the socket for want of room: every frame waits.
        List<long> chunks = [];
        await foreach (MediaStreamEvent message in session.ReadEventsAsync())
        {
            if (message is MediaEvent media)
            {
                chunks.Add(media.Chunk);
            }

            if (chunks.Count < 18)
            {
                Assert.True(SpinWait.SpinUntil(() => session.IsHoldingSocket, Timeout));
            }
        }

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), chunks);
        Assert.Equal(0, session.DroppedEvents);
        Assert.False(await session.WhenEventsDropped);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_stream_held_back_for_a_waiting_consumer_longer_than_the_idle_timeout_is_not_idle()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions
        {
            EventQueueCapacity = 1,
            EventQueueFullMode = BoundedChannelFullMode.Wait,
            IdleTimeout = TimeSpan.FromMilliseconds(200),
            TimeProvider = clock,
        });
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        for (int chunk = 1; chunk <= 3; chunk++)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.MediaFrame(chunk, "/38AgA=="));
        }

        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Stop);
        var seen = new List<string>();
        await foreach (MediaStreamEvent message in session.ReadEventsAsync())
        {
            if (message is StartEvent)
            {
                // Everything has been sent; the session holds it in the socket while the consumer is busy for 600 ms.
                Assert.True(SpinWait.SpinUntil(() => session.IsHoldingSocket, Timeout));
                for (int quarter = 0; quarter < 12; quarter++)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(50));
                }
            }

            seen.Add(message is MediaEvent media ? media.Chunk.ToString() : message.GetType().Name);
        }

        Assert.Equal(["StartEvent", "1", "2", "3", "StopEvent"], seen);
        Assert.Equal(StopReason.StopMessage, session.Stop?.Reason);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    /// <summary>A queue of 4 events that drops the oldest when full.</summary>
    internal static MediaStreamSessionOptions SlowConsumerOptions =>
        new() { EventQueueCapacity = 4, EventQueueFullMode = BoundedChannelFullMode.DropOldest, ReuseMediaEvents = true };

    /// <summary>
    /// Takes the start, then reads nothing while 20 Twilio frames and the stop arrive; once the session has stopped,
    /// drains the queue and returns what was left: each media event's chunk, or the event's type name.
    /// </summary>
    internal static async Task<List<string>> FallBehindAsync(LoopbackWebSocket loopback, MediaStreamSession session)
    {
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());
        for (int chunk = 1; chunk <= 20; chunk++)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.MediaFrame(chunk, "/38AgA=="));
        }

        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Stop);
        await session.ReceiveCompletion;
        Assert.True(session.IsStopped);

        var rest = new List<string>();
        while (await events.MoveNextAsync())
        {
            rest.Add(events.Current is MediaEvent media ? media.Chunk.ToString() : events.Current.GetType().Name);
        }

        return rest;
    }
}
