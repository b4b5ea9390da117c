namespace MarkupDsl.MediaStreams;

/// <summary>
/// A key press detected on the call (bidirectional streams):
/// <c>{"event":"dtmf","sequenceNumber":"5","streamSid":"MZ...","dtmf":{"track":"inbound_track","digit":"1"}}</c>.
/// </summary>
public sealed class DtmfEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="sequenceNumber">The message's <c>sequenceNumber</c>, or 0.</param>
    /// <param name="streamSid">The <c>streamSid</c>, or <see langword="null"/>.</param>
    /// <param name="track">The <c>dtmf.track</c> (<c>inbound_track</c>), or <see langword="null"/>.</param>
    /// <param name="digit">The <c>dtmf.digit</c>: <c>0</c>-<c>9</c>, <c>*</c> or <c>#</c>; <see langword="null"/> when absent.</param>
    public DtmfEvent(long sequenceNumber, string? streamSid, string? track, string? digit)
        : base(sequenceNumber, streamSid)
    {
        Track = track;
        Digit = digit;
    }

    /// <summary>The track the digit was heard on; Twilio says <c>inbound_track</c>.</summary>
    public string? Track { get; }

    /// <summary>The key: <c>0</c>-<c>9</c>, <c>*</c> or <c>#</c>.</summary>
    public string? Digit { get; }
}
