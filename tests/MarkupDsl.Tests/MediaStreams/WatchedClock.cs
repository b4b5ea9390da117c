using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when the code under test starts a wait: each timer it creates or
/// sets is announced with its due time, in order. A test moves the clock once the wait it means to end has begun;
/// moved earlier, the clock would leave that wait's timer in the future.
/// </summary>
internal sealed class WatchedClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(base.CreateTimer(callback, state, dueTime, period), _waits.Writer);
        timer.Announce(dueTime);
        return timer;
    }

    /// <summary>Waits for the next timer set (skipping those due at another time) to be due in <paramref name="due"/>, then moves the clock by that much.</summary>
    public async Task AdvanceWhenWaitingAsync(TimeSpan due)
    {
        await WaitForTimerAsync(due);
        Advance(due);
    }

    /// <summary>Waits until a timer due in <paramref name="due"/> is set, skipping those due at other times.</summary>
    public async Task WaitForTimerAsync(TimeSpan due)
    {
        while (await _waits.Reader.ReadAsync() != due)
        {
        }
    }

    private sealed class WatchedTimer(ITimer timer, ChannelWriter<TimeSpan> waits) : ITimer
    {
        public void Announce(TimeSpan dueTime)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                waits.TryWrite(dueTime);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            bool changed = timer.Change(dueTime, period);
            Announce(dueTime);
            return changed;
        }

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
