using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using MarkupDsl.MediaStreams.Session;
using Microsoft.Extensions.Time.Testing;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>
/// Pacing with a burst allowance (<see cref="MediaStreamSessionOptions.PacingBurst"/>), on a clock that moves only when
/// a test moves it: a frame that waited for its slot would never arrive.
/// </summary>
public class SessionPacingTests
{
    private const int Timeout = 20_000;

    [Fact(Timeout = Timeout)]
    public async Task Audio_arriving_in_real_time_bunched_by_jitter_is_sent_at_once_with_the_default_pacing()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { TimeProvider = clock });
        await MediaStreamSessionTests.StartAsync(loopback, session);

        // Frame k is due at 20k ms and arrives late by 0 to 100 ms (the allowance's 5 frames), in order: as the caller's
        // audio arrives to be echoed, early and late, and six frames at once after a 100 ms stall.
        int[] lateness = [0, 3, 17, 40, 5, 100, 80, 60, 40, 20, 0, 100, 100, 100, 0, 12, 35, 7, 90, 15, 100, 0, 0, 65, 30];
        TimeSpan now = TimeSpan.Zero;
        for (int frame = 0; frame < lateness.Length; frame++)
        {
            TimeSpan arrival = TimeSpan.FromMilliseconds(20 * frame + lateness[frame]);
            if (arrival > now)
            {
                clock.Advance(arrival - now);
                now = arrival;
            }

            await session.SendAudioAsync(new short[160]);
            Assert.Equal("media", (await SessionPlaybackTests.ReceiveAsync(loopback)).Event);
        }

        // Counted once the send returns, which may be after the peer has the frame: read when the writer is done.
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(lateness.Length, session.MediaFramesSent);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_burst_is_paced_once_it_has_run_the_allowance_ahead()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { Pacing = 1, PacingBurst = 2, TimeProvider = clock });
        await MediaStreamSessionTests.StartAsync(loopback, session);
        TimeSpan slot = TimeSpan.FromMilliseconds(20);

        await session.SendAudioAsync(new short[6 * 160]);

        for (int frame = 1; frame <= 3; frame++)
        {
            Assert.Equal("media", (await SessionPlaybackTests.ReceiveAsync(loopback)).Event);
        }

        for (int frame = 4; frame <= 6; frame++)
        {
            await clock.WaitForTimerAsync(slot);
            Task<ProviderMessage> next = SessionPlaybackTests.ReceiveAsync(loopback);
            Assert.False(next.IsCompleted, $"frame {frame} went before its slot");
            clock.Advance(slot);
            Assert.Equal("media", (await next).Event);
        }

        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(6, session.MediaFramesSent);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_clear_during_a_paced_wait_drops_the_rest_at_once_and_the_next_audio_goes_without_waiting()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { Pacing = 1, TimeProvider = clock });
        await MediaStreamSessionTests.StartAsync(loopback, session);
        await session.SendAudioAsync(new short[50 * 160]);
        Task<MarkOutcome> mark = session.SendMarkAsync("prompt-done");

        // The first frame and the allowance's five go at once; the seventh waits, and the clock stands still.
        for (int frame = 1; frame <= 6; frame++)
        {
            Assert.Equal("media", (await SessionPlaybackTests.ReceiveAsync(loopback)).Event);
        }

        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(20));
        Task clear = session.ClearAsync();
        List<ProviderMessage> rest = await SessionPlaybackTests.ReceiveUntilAsync(loopback, "clear");
        await clear;
        await session.SendAudioAsync(new short[160]);

        Assert.Equal(["clear"], rest.Select(m => m.Event));
        Assert.Equal(MarkOutcome.Cleared, await mark);
        Assert.Equal("media", (await SessionPlaybackTests.ReceiveAsync(loopback)).Event);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(7, session.MediaFramesSent);
        Assert.Equal(0, session.PooledBuffersOutstanding);
    }

    [Fact]
    public void Lets_the_burst_run_ahead_of_the_schedule_then_spaces_and_starts_afresh_on_restart()
    {
        var pace = new SendPace(interval: 1000, burst: 2);

        List<long> slots = [pace.Book(now: 0), pace.Book(now: 0), pace.Book(now: 0), pace.Book(now: 0), pace.Book(now: 0)];
        slots.AddRange([pace.Book(now: 4000), pace.Book(now: 4000), pace.Book(now: 4000)]);
        pace.Restart();
        slots.Add(pace.Book(now: 4000));

        Assert.Equal([0, 0, 0, 1000, 2000, 4000, 4000, 5000, 4000], slots);
    }

    [Fact]
    public async Task The_slot_timer_ends_a_wait_when_due_or_woken_and_a_wake_without_a_wait_ends_no_later_one()
    {
        var clock = new FakeTimeProvider();
        using var slot = new SlotTimer(clock);

        ValueTask due = slot.WaitAsync(TimeSpan.FromMilliseconds(20));
        clock.Advance(TimeSpan.FromMilliseconds(19));
        Assert.False(due.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(due.IsCompleted);
        await due;

        slot.Wake();
        ValueTask woken = slot.WaitAsync(TimeSpan.FromMilliseconds(20));
        Assert.False(woken.IsCompleted);
        slot.Wake();
        Assert.True(woken.IsCompleted);
        await woken;
    }
}
