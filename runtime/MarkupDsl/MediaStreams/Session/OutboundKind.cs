namespace MarkupDsl.MediaStreams.Session;

/// <summary>What an <see cref="OutboundMessage"/> carries.</summary>
internal enum OutboundKind
{
    /// <summary>A frame of encoded audio.</summary>
    Media,

    /// <summary>A whole MP3 file (Telnyx <c>bidirectionalMode="mp3"</c>), sent as a <c>media</c> message at most once a second.</summary>
    Mp3,

    /// <summary>A mark, echoed once the audio before it has played.</summary>
    Mark,

    /// <summary>A clear: the provider drops its buffered audio.</summary>
    Clear,

    /// <summary>A SignalWire dtmf digit.</summary>
    Dtmf,
}
