using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Barge-in and marks over a real loopback WebSocket: what reaches the wire, and what each mark reports.</summary>
public class SessionPlaybackTests
{
    private const int Timeout = 20_000;

    [Theory(Timeout = Timeout)]
    [MemberData(nameof(Dialect.Providers), MemberType = typeof(Dialect))]
    public async Task Clear_during_playback_drops_the_queued_audio_and_its_mark_before_they_reach_the_wire(string provider)
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { Pacing = 1, PacingBurst = 0, TimeProvider = clock });
        await MediaStreamSessionTests.StartAsync(loopback, session, Dialect.Of(provider).Start);
        await session.SendAudioAsync(new short[50 * 160]);
        Task<MarkOutcome> mark = session.SendMarkAsync("prompt-done");

        // The first frame goes at once; the second waits for its slot 20 ms later, and the clock stands still.
        Assert.Equal("media", (await ReceiveAsync(loopback)).Event);
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(20));
        Task clear = session.ClearAsync();
        List<ProviderMessage> rest = await ReceiveUntilAsync(loopback, "clear");
        await clear;

        Assert.Equal(MarkOutcome.Cleared, await mark);
        Assert.Equal(["clear"], rest.Select(m => m.Event));
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(0, session.PooledBuffersOutstanding);
    }

    [Theory(Timeout = Timeout)]
    [MemberData(nameof(Dialect.Providers), MemberType = typeof(Dialect))]
    public async Task A_mark_echoed_because_of_a_clear_reports_cleared_and_the_next_one_played(string provider)
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        Dialect dialect = Dialect.Of(provider);
        await MediaStreamSessionTests.StartAsync(loopback, session, dialect.Start);
        await session.SendAudioAsync(new short[160]);
        Task<MarkOutcome> first = session.SendMarkAsync("first");
        await ReceiveUntilAsync(loopback, "mark");

        // The provider answers the clear by echoing every pending mark at once.
        await session.ClearAsync();
        Assert.Equal("clear", (await ReceiveAsync(loopback)).Event);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, dialect.Mark("first"));
        Task<MarkOutcome> second = session.SendMarkAsync("second");
        Assert.Contains("\"second\"", (await ReceiveAsync(loopback)).Json);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, dialect.Mark("second"));

        Assert.Equal(MarkOutcome.Cleared, await first);
        Assert.Equal(MarkOutcome.Played, await second);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task Audio_queued_after_a_clear_is_played()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        await MediaStreamSessionTests.StartAsync(loopback, session);
        short[] answer = Enumerable.Range(0, 160).Select(i => (short)(i * 100)).ToArray();

        await session.ClearAsync();
        await session.SendAudioAsync(answer);

        List<ProviderMessage> sent = [await ReceiveAsync(loopback), await ReceiveAsync(loopback)];
        byte[] expected = new byte[160];
        MuLaw.Encode(answer, expected);
        Assert.Equal(["clear", "media"], sent.Select(m => m.Event));
        Assert.Equal(expected, sent[1].Payload);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Theory(Timeout = Timeout)]
    [InlineData(1.0, 20)]
    [InlineData(2.0, 10)]
    public async Task Paces_audio_at_the_pacing_multiple_of_real_time_on_the_session_clock(double pacing, int slotMilliseconds)
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { Pacing = pacing, PacingBurst = 0, TimeProvider = clock });
        await MediaStreamSessionTests.StartAsync(loopback, session);
        await session.SendAudioAsync(new short[3 * 160]);
        TimeSpan slot = TimeSpan.FromMilliseconds(slotMilliseconds);

        Assert.Equal("media", (await ReceiveAsync(loopback)).Event);
        for (int frame = 2; frame <= 3; frame++)
        {
            await clock.WaitForTimerAsync(slot);
            Task<ProviderMessage> next = ReceiveAsync(loopback);
            Assert.False(next.IsCompleted, $"frame {frame} went before its slot");
            clock.Advance(slot);
            Assert.Equal("media", (await next).Event);
        }

        Assert.Equal(3, session.MediaFramesSent);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    internal static async Task<ProviderMessage> ReceiveAsync(LoopbackWebSocket loopback) =>
        ProviderMessage.Parse((await LoopbackWebSocket.ReceiveTextAsync(loopback.Client))!);

    /// <summary>Receives messages up to and including the first with the given event.</summary>
    internal static async Task<List<ProviderMessage>> ReceiveUntilAsync(LoopbackWebSocket loopback, string eventName)
    {
        var messages = new List<ProviderMessage>();
        do
        {
            messages.Add(await ReceiveAsync(loopback));
        }
        while (messages[^1].Event != eventName);

        return messages;
    }
}
