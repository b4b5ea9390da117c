namespace MarkupDsl.MediaStreams;

/// <summary>
/// One message received from the provider on a Media Streams WebSocket, parsed by <see cref="MediaStreamMessageReader"/>.
/// Match on the concrete type: <see cref="ConnectedEvent"/>, <see cref="StartEvent"/>, <see cref="MediaEvent"/>,
/// <see cref="DtmfEvent"/>, <see cref="MarkEvent"/>, <see cref="StopEvent"/>, <see cref="ErrorEvent"/>,
/// <see cref="MediaGapEvent"/>, <see cref="UnknownEvent"/>, or
/// <see cref="MalformedMessageEvent"/> for a message that could not be read.
/// </summary>
/// <remarks>Source: Twilio, "Media Streams - WebSocket Messages" (twilio.com/docs/voice/media-streams/websocket-messages).</remarks>
public abstract class MediaStreamEvent
{
    private protected MediaStreamEvent(long sequenceNumber, string? streamSid)
    {
        SequenceNumber = sequenceNumber;
        StreamSid = streamSid;
    }

    /// <summary>
    /// The message's <c>sequenceNumber</c>, counting from 1 over the stream (sent as a string or a number);
    /// 0 when the message has none (<c>connected</c>, synthesized events).
    /// </summary>
    public long SequenceNumber { get; private protected set; }

    /// <summary>The <c>streamSid</c> (<c>MZ...</c>; Telnyx <c>stream_id</c>, a UUID) the message belongs to, or <see langword="null"/> when absent.</summary>
    public string? StreamSid { get; private protected set; }
}
