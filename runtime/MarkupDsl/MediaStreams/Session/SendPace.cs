using System;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// Spaces one kind of outbound message: each goes no sooner than one interval after the previous one's slot, and
/// never before it is asked for. 20 ms media frames go at <see cref="MediaStreamSessionOptions.Pacing"/> times real
/// time; Telnyx MP3 files at most one a second.
/// </summary>
/// <param name="interval">The least time between two slots, in <see cref="TimeProvider"/> timestamp ticks; 0 does not space.</param>
internal struct SendPace(long interval)
{
    private long _due = long.MinValue;

    /// <summary>Books the next message's slot: when it may go (<paramref name="now"/> or later), in timestamp ticks.</summary>
    public long Book(long now)
    {
        long at = Math.Max(_due, now);
        _due = at + interval;
        return at;
    }
}
