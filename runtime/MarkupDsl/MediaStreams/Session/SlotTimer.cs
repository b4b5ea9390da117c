using System;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// The playback writer's wait for a paced slot, reused for every wait: one timer of the session's clock, set again
/// for each, and ended early by <see cref="Wake"/> (a clear or stopping). A wait allocates nothing; the
/// <c>Task.Delay</c> with a linked <see cref="CancellationTokenSource"/> it replaces allocated a source, a task and a
/// timer per frame.
/// </summary>
/// <remarks>
/// One waiter at a time (the writing task); <see cref="Wake"/> and the timer may come from any thread. A wake may be
/// stale, meant for a wait that has already ended (the timer of a wait a clear ended, a clear that ran late), so the
/// waiter checks the clock and its conditions after each wait and waits again when it woke too early.
/// </remarks>
internal sealed class SlotTimer : IValueTaskSource, IDisposable
{
    private readonly ITimer _timer;
    private ManualResetValueTaskSourceCore<bool> _wait;
    private int _waiting;

    public SlotTimer(TimeProvider time) =>
        _timer = time.CreateTimer(static timer => ((SlotTimer)timer!).End(inline: true), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// Waits <paramref name="delay"/> or until <see cref="Wake"/>. Whoever ends a wait by <see cref="Wake"/> must
    /// make its reason visible first, and the waiter must look for that reason after this call has begun: the wait
    /// is registered before this returns, so a wake in between is not lost, it ends the wait at once.
    /// </summary>
    public ValueTask WaitAsync(TimeSpan delay)
    {
        _wait.Reset();
        // A full fence: the waiter's check of the reason after this cannot be read before the wait is registered.
        Interlocked.Exchange(ref _waiting, 1);
        _timer.Change(delay, Timeout.InfiniteTimeSpan);
        return new ValueTask(this, _wait.Version);
    }

    /// <summary>Ends the current wait, if any, now; the waiter goes on on the thread pool, not on the caller's thread.</summary>
    public void Wake() => End(inline: false);

    /// <summary>
    /// Ends the current wait, if any. The timer's own callback, already on a pool thread, runs the waiter on inline
    /// (as <c>Task.Delay</c> did: no second hop per paced frame); a clear or a stop must not run the writer on its thread.
    /// </summary>
    private void End(bool inline)
    {
        if (Interlocked.CompareExchange(ref _waiting, 0, 1) == 1)
        {
            _wait.RunContinuationsAsynchronously = !inline;
            _wait.SetResult(true);
        }
    }

    public void Dispose() => _timer.Dispose();

    void IValueTaskSource.GetResult(short token) => _wait.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _wait.GetStatus(token);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _wait.OnCompleted(continuation, state, token, flags);
}
