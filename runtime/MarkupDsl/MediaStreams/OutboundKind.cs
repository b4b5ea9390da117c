namespace MarkupDsl.MediaStreams;

/// <summary>What an <see cref="OutboundMessage"/> carries.</summary>
internal enum OutboundKind
{
    /// <summary>A frame of encoded audio.</summary>
    Media,

    /// <summary>A mark, echoed once the audio before it has played.</summary>
    Mark,

    /// <summary>A clear: the provider drops its buffered audio.</summary>
    Clear,

    /// <summary>A SignalWire dtmf digit.</summary>
    Dtmf,
}
