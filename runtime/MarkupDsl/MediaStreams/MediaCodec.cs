namespace MarkupDsl.MediaStreams;

/// <summary>The audio codecs a <see cref="MediaFormat"/> can announce that this library decodes and encodes.</summary>
public enum MediaCodec
{
    /// <summary>Another codec (G722, OPUS, AMR-WB, ...): payloads are passed through undecoded.</summary>
    Other,

    /// <summary>G.711 mu-law (PCMU, <c>audio/x-mulaw</c>): one byte per sample, 8 kHz.</summary>
    MuLaw,

    /// <summary>G.711 A-law (PCMA, <c>audio/x-alaw</c>): one byte per sample, 8 kHz.</summary>
    ALaw,

    /// <summary>Linear 16-bit PCM, big-endian (<c>audio/x-L16</c>, <c>L16</c>): two bytes per sample.</summary>
    L16,
}
