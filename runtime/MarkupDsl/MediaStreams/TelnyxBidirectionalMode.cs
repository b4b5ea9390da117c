namespace MarkupDsl.MediaStreams;

/// <summary>
/// What a Telnyx stream plays back, as set by the TeXML <c>&lt;Stream bidirectionalMode&gt;</c> (Call Control:
/// <c>stream_bidirectional_mode</c>). Source: Telnyx, "Media Streaming" (bidirectional streaming).
/// </summary>
public enum TelnyxBidirectionalMode
{
    /// <summary>
    /// <c>rtp</c>: each <c>media</c> payload is raw audio in the <c>bidirectionalCodec</c> (default PCMU), 20 ms to
    /// 30 s a message; sent with <see cref="MediaStreamSession.SendAudioAsync"/> or
    /// <see cref="MediaStreamSession.SendEncodedAudioAsync"/>.
    /// </summary>
    Rtp,

    /// <summary>
    /// <c>mp3</c> (TeXML's default): each <c>media</c> payload is a whole MP3 file, at most one message a second;
    /// sent with <see cref="MediaStreamSession.SendMp3Async"/>.
    /// </summary>
    Mp3,
}
