using System;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// Spaces one kind of outbound message on a schedule of one slot per interval, letting up to
/// <paramref name="burst"/> messages run ahead of it; never before a message is asked for. 20 ms media frames go at
/// <see cref="MediaStreamSessionOptions.Pacing"/> times real time with <see cref="MediaStreamSessionOptions.PacingBurst"/>
/// frames of allowance; Telnyx MP3 files at most one a second, with none.
/// </summary>
/// <remarks>
/// The schedule is a virtual clock (<c>_scheduled</c>) that each message moves one interval on, from where it stood or
/// from now when it had fallen behind; a message may go while the schedule is at most <paramref name="burst"/>
/// intervals ahead of now. So audio that arrives in real time, only bunched by jitter, never waits, and in any
/// stretch of time <c>t</c> at most <c>1 + burst + t / interval</c> messages go. (The generic cell rate algorithm of
/// ATM traffic shaping, with the burst as its tolerance.)
/// </remarks>
/// <param name="interval">The time one message takes on the schedule, in <see cref="TimeProvider"/> timestamp ticks; 0 does not space.</param>
/// <param name="burst">How many messages may run ahead of the schedule before one waits; 0 spaces every message.</param>
internal struct SendPace(long interval, int burst = 0)
{
    private readonly long _tolerance = interval * burst;
    private long _scheduled = long.MinValue;

    /// <summary>The time one message takes on the schedule, in timestamp ticks.</summary>
    public readonly long Interval => interval;

    /// <summary>Books the next message's slot: when it may go (<paramref name="now"/> or later), in timestamp ticks.</summary>
    public long Book(long now)
    {
        long scheduled = Math.Max(_scheduled, now);
        long at = Math.Max(now, scheduled - _tolerance);
        _scheduled = scheduled + interval;
        return at;
    }

    /// <summary>Starts the schedule afresh, as after a <c>clear</c> has emptied the provider's buffer of what ran ahead.</summary>
    public void Restart() => _scheduled = long.MinValue;
}
