using System.Diagnostics;

namespace TwilioSimulator;

/// <summary>Keeps audio to a real-time clock, divided by a speed factor.</summary>
/// <param name="speed">1 for real time; 10 for ten times as fast.</param>
internal sealed class Pacer(double speed)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _due;

    /// <summary>
    /// Waits until <paramref name="audio"/> more has played on the clock. Deadlines add up, so a late wake-up is made
    /// good by a shorter next wait rather than drifting.
    /// </summary>
    public Task WaitAsync(TimeSpan audio, CancellationToken cancellationToken)
    {
        _due += audio / speed;
        TimeSpan wait = _due - _clock.Elapsed;

        // Timers are coarse: shorter waits add up until they are worth one.
        return wait > TimeSpan.FromMilliseconds(2) ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>After a pause (nothing to play), counts from now, so that what comes next is not rushed to make up for it.</summary>
    public void Resume()
    {
        if (_due < _clock.Elapsed)
        {
            _due = _clock.Elapsed;
        }
    }
}
