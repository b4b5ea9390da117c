using System;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams.Session;
using Microsoft.Extensions.Time.Testing;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Silence is told on the session's clock, and time spent holding the socket for the application is not silence.</summary>
public class IdleClockTests
{
    private static readonly TimeSpan Quarter = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _clock = new();
    private int _idle;

    [Fact]
    public async Task Expires_once_after_the_timeout_of_silence()
    {
        await using IdleClock idle = Start();

        Pass(3);
        Assert.Equal((0, false), (_idle, idle.Expired));
        Pass(1);
        Assert.Equal((1, true), (_idle, idle.Expired));
        Pass(8);
        Assert.Equal(1, _idle);
    }

    [Fact]
    public async Task Counts_from_the_last_message_heard()
    {
        await using IdleClock idle = Start();

        Pass(3);
        idle.Heard();
        Pass(3);

        Assert.False(idle.Expired);
        Pass(1);
        Assert.True(idle.Expired);
    }

    [Fact]
    public async Task Does_not_count_while_held_and_counts_afresh_on_resuming()
    {
        await using IdleClock idle = Start();

        idle.Hold();
        Pass(12);
        Assert.False(idle.Expired);
        idle.Resume();
        Pass(3);
        Assert.False(idle.Expired);
        Pass(1);

        Assert.True(idle.Expired);
    }

    [Fact]
    public async Task Stops_looking_once_disposed()
    {
        IdleClock idle = Start();

        await idle.DisposeAsync();
        Pass(8);

        Assert.Equal((0, false), (_idle, idle.Expired));
    }

    /// <summary>A clock with a 4 s timeout, looked at every second.</summary>
    private IdleClock Start() => new(4 * Quarter, _clock, () => _idle++);

    private void Pass(int quarters)
    {
        for (int i = 0; i < quarters; i++)
        {
            _clock.Advance(Quarter);
        }
    }
}
