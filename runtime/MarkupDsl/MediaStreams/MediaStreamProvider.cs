namespace MarkupDsl.MediaStreams;

/// <summary>
/// The dialect spoken on a Media Streams WebSocket. The inbound shapes differ in naming (camelCase <c>streamSid</c>
/// against snake_case <c>stream_id</c>) and details; the outbound ones in whether a stream id is sent.
/// </summary>
/// <remarks>
/// Detected from the first frames by <see cref="MediaStreamMessageReader"/>: Twilio sends <c>start.streamSid</c> and
/// <c>start.callSid</c>; SignalWire cXML the same shape after a <c>connected</c> with version <c>0.2.0</c> (or with
/// UUID SIDs); Telnyx a top-level <c>stream_id</c> and <c>start.call_control_id</c>.
/// </remarks>
public enum MediaStreamProvider
{
    /// <summary>Not stated and not yet detected; outbound messages are written in Twilio's shape.</summary>
    Unknown,

    /// <summary>Twilio Media Streams (twilio.com/docs/voice/media-streams/websocket-messages).</summary>
    Twilio,

    /// <summary>Telnyx media streaming (TeXML <c>&lt;Stream&gt;</c>, Call Control <c>streaming_start</c>).</summary>
    Telnyx,

    /// <summary>SignalWire cXML <c>&lt;Stream&gt;</c>: Twilio's dialect with UUID SIDs, and outbound <c>dtmf</c>.</summary>
    SignalWire,
}
