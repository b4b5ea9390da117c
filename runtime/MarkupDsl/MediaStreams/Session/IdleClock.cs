using System;
using System.Threading;
using System.Threading.Tasks;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// Tells when the peer has been silent for the idle timeout. A live call sends a message every 20 ms, so silence
/// this long means the peer is gone without closing. Time spent not reading the socket because the application is
/// behind (backpressure) is not silence: the peer's messages wait unread meanwhile, so the clock is held.
/// </summary>
/// <remarks>Checked by a timer four times per timeout, so silence is noticed between 1 and 1.25 timeouts after the last message.</remarks>
internal sealed class IdleClock : IAsyncDisposable
{
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly Action _idle;
    private readonly ITimer _timer;
    private long _lastHeard;
    private volatile bool _held;
    private int _expired;

    /// <param name="timeout">The silence allowed; positive.</param>
    /// <param name="time">The clock.</param>
    /// <param name="idle">Called once, on the timer's thread, when the silence has lasted <paramref name="timeout"/>.</param>
    public IdleClock(TimeSpan timeout, TimeProvider time, Action idle)
    {
        _timeout = timeout;
        _time = time;
        _idle = idle;
        _lastHeard = time.GetTimestamp();
        TimeSpan period = timeout / 4;
        _timer = time.CreateTimer(static state => ((IdleClock)state!).Check(), this, period, period);
    }

    /// <summary>Whether the silence has lasted the timeout.</summary>
    public bool Expired => Volatile.Read(ref _expired) != 0;

    /// <summary>The peer was heard from now.</summary>
    public void Heard() => Volatile.Write(ref _lastHeard, _time.GetTimestamp());

    /// <summary>Stops counting while the socket is not being read.</summary>
    public void Hold() => _held = true;

    /// <summary>Counts again from now, after <see cref="Hold"/>.</summary>
    public void Resume()
    {
        Heard();
        _held = false;
    }

    public ValueTask DisposeAsync() => _timer.DisposeAsync();

    private void Check()
    {
        if (!_held && _time.GetElapsedTime(Volatile.Read(ref _lastHeard)) >= _timeout && Interlocked.Exchange(ref _expired, 1) == 0)
        {
            _idle();
        }
    }
}
