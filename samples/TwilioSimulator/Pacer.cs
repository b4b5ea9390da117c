using System.Diagnostics;

namespace TwilioSimulator;

/// <summary>Spaces out audio in real time, divided by a speed factor.</summary>
/// <param name="speed">1 for real time; 10 for ten times as fast.</param>
internal sealed class Pacer(double speed)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _due;

    /// <summary>
    /// Waits as long as <paramref name="audio"/> takes to play, counted from the end of the previous wait, or from
    /// now if that has passed (after a gap, playing starts afresh rather than catching up).
    /// </summary>
    public Task WaitAsync(TimeSpan audio, CancellationToken cancellationToken)
    {
        TimeSpan now = _clock.Elapsed;
        _due = (_due > now ? _due : now) + audio / speed;
        TimeSpan wait = _due - now;

        // Timers are coarse: shorter waits accumulate until they are worth one.
        return wait > TimeSpan.FromMilliseconds(2) ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
    }
}
