using System;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// The <c>start.mediaFormat</c> (Telnyx: <c>start.media_format</c>) of a stream: how every
/// <see cref="MediaEvent.Payload"/> is encoded. Twilio always announces <c>audio/x-mulaw</c>, 8000 Hz, 1 channel;
/// Telnyx may announce <c>PCMA</c>; SignalWire may announce <c>audio/x-L16</c> at 16000 or 24000 Hz.
/// </summary>
/// <param name="Encoding">The encoding name as sent, e.g. <c>audio/x-mulaw</c> or <c>PCMU</c>; <see langword="null"/> when absent.</param>
/// <param name="SampleRate">Samples per second, in Hz; 0 when absent.</param>
/// <param name="Channels">Number of channels; 0 when absent.</param>
public sealed record MediaFormat(string? Encoding, int SampleRate, int Channels)
{
    /// <summary>
    /// The codec the <see cref="Encoding"/> names, whichever way it is spelled (<c>PCMU</c>, <c>audio/x-mulaw</c>,
    /// <c>audio/PCMU</c>; <c>PCMA</c>, <c>audio/x-alaw</c>; <c>L16</c>, <c>audio/x-L16</c>; case-insensitive).
    /// </summary>
    public MediaCodec Codec { get; } = CodecOf(Encoding);

    /// <summary>Samples in one 20 ms frame: <see cref="SampleRate"/> / 50, or 160 (8 kHz) when the rate is absent.</summary>
    public int SamplesPerFrame => SampleRate > 0 ? SampleRate / 50 : 160;

    private static MediaCodec CodecOf(string? encoding)
    {
        if (encoding is null)
        {
            return MediaCodec.Other;
        }

        int slash = encoding.LastIndexOf('/');
        ReadOnlySpan<char> name = encoding.AsSpan(slash + 1);
        if (name.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
        {
            name = name[2..];
        }

        return name.Equals("mulaw", StringComparison.OrdinalIgnoreCase) || name.Equals("pcmu", StringComparison.OrdinalIgnoreCase) ? MediaCodec.MuLaw
            : name.Equals("alaw", StringComparison.OrdinalIgnoreCase) || name.Equals("pcma", StringComparison.OrdinalIgnoreCase) ? MediaCodec.ALaw
            : name.Equals("l16", StringComparison.OrdinalIgnoreCase) ? MediaCodec.L16
            : MediaCodec.Other;
    }
}
