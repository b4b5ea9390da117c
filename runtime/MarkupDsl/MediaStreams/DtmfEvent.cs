using System;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// A key press detected on the call (bidirectional streams). Twilio:
/// <c>{"event":"dtmf","sequenceNumber":"5","streamSid":"MZ...","dtmf":{"track":"inbound_track","digit":"1"}}</c>;
/// SignalWire adds <c>"duration":2000</c> (ms) to <c>dtmf</c>; Telnyx adds a top-level
/// <c>"occurred_at":"2025-06-05T08:54:19.698408Z"</c>.
/// </summary>
/// <remarks>
/// Telnyx does not guarantee the order of media and dtmf messages: a <see cref="MediaStreamSession"/> delivers a
/// Telnyx dtmf right after the media chunk that was the latest received before it (so after the audio that came
/// before it, once the reorder window has put that audio in order), and dtmf events held in that window in
/// <see cref="OccurredAt"/> order. Sources: Twilio, "Media Streams - WebSocket Messages"; Telnyx, "Media Streaming";
/// SignalWire, "cXML Stream".
/// </remarks>
public sealed class DtmfEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="sequenceNumber">The message's <c>sequenceNumber</c>, or 0.</param>
    /// <param name="streamSid">The <c>streamSid</c>, or <see langword="null"/>.</param>
    /// <param name="track">The <c>dtmf.track</c> (<c>inbound_track</c>), or <see langword="null"/>.</param>
    /// <param name="digit">The <c>dtmf.digit</c>: <c>0</c>-<c>9</c>, <c>*</c> or <c>#</c>; <see langword="null"/> when absent.</param>
    /// <param name="duration">How long the key was held (SignalWire's <c>dtmf.duration</c>, sent in milliseconds); <see langword="null"/> when not sent.</param>
    /// <param name="occurredAt">When the key was pressed (Telnyx's <c>occurred_at</c>); <see langword="null"/> when not sent.</param>
    public DtmfEvent(long sequenceNumber, string? streamSid, string? track, string? digit, TimeSpan? duration = null, DateTimeOffset? occurredAt = null)
        : base(sequenceNumber, streamSid)
    {
        Track = track;
        Digit = digit;
        Duration = duration;
        OccurredAt = occurredAt;
    }

    /// <summary>The track the digit was heard on; Twilio says <c>inbound_track</c>.</summary>
    public string? Track { get; }

    /// <summary>The key: <c>0</c>-<c>9</c>, <c>*</c> or <c>#</c>.</summary>
    public string? Digit { get; }

    /// <summary>How long the key was held: SignalWire's <c>dtmf.duration</c> (milliseconds on the wire); <see langword="null"/> from Twilio and Telnyx.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>When the key was pressed, by the provider's clock: Telnyx's <c>occurred_at</c>; <see langword="null"/> from Twilio and SignalWire.</summary>
    public DateTimeOffset? OccurredAt { get; }
}
