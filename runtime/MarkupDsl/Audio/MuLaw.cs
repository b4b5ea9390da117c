using System;
using System.Numerics;

namespace MarkupDsl.Audio;

/// <summary>
/// ITU-T G.711 mu-law (PCMU, RTP payload type 0), bit-exact with the ITU-T G.191 reference <c>g711.c</c>.
/// </summary>
/// <remarks>
/// One G.711 code (one byte) carries one sample; a 20 ms frame at 8 kHz is 160 samples and 160 codes.
/// Linear samples are signed 16-bit PCM. Encoding maps negative inputs through one's complement, so the
/// quantiser is symmetric about -0.5 (for example -1 and 0 encode to 0x7F and 0xFF, both decoding to 0).
/// </remarks>
public static class MuLaw
{
    /// <summary>Encodes one 16-bit linear sample to its mu-law code.</summary>
    /// <param name="sample">Signed 16-bit linear PCM sample.</param>
    /// <returns>The mu-law code (all bits inverted as transmitted on the line).</returns>
    public static byte Encode(short sample)
    {
        int sign = sample >> 31;                                  // 0 or -1
        int magnitude = Math.Min(((sample ^ sign) >> 2) + 33, 0x1FFF); // one's complement, biased, clipped
        int segment = 26 - BitOperations.LeadingZeroCount((uint)magnitude); // highest bit - 5: 0..7
        int code = (segment << 4) | ((magnitude >> (segment + 1)) & 0xF);
        return (byte)(code ^ (0x7F | (~sign & 0x80)));
    }

    /// <summary>Decodes one mu-law code to its 16-bit linear value.</summary>
    /// <param name="code">A mu-law code.</param>
    /// <returns>A multiple of 4 in [-32124, 32124]; 0x7F and 0xFF both decode to 0.</returns>
    public static short Decode(byte code)
    {
        int inverted = ~code;
        int exponent = (inverted >> 4) & 7;
        int magnitude = ((((inverted & 0xF) << 3) + 0x84) << exponent) - 0x84;
        return (short)((code & 0x80) != 0 ? magnitude : -magnitude);
    }

    /// <summary>Encodes 16-bit linear samples to mu-law codes, one byte per sample.</summary>
    /// <param name="samples">Signed 16-bit PCM samples (8 kHz for telephony; 160 per 20 ms frame).</param>
    /// <param name="encoded">Receives one code per sample; may be longer than needed.</param>
    /// <exception cref="ArgumentException"><paramref name="encoded"/> is shorter than <paramref name="samples"/>.</exception>
    public static void Encode(ReadOnlySpan<short> samples, Span<byte> encoded)
    {
        SpanLength.EnsureDestination(samples.Length, encoded.Length, nameof(encoded));
        for (int i = 0; i < samples.Length; i++)
        {
            encoded[i] = Encode(samples[i]);
        }
    }

    /// <summary>Decodes mu-law codes, one byte per sample, to 16-bit linear samples.</summary>
    /// <param name="encoded">mu-law codes.</param>
    /// <param name="samples">Receives one sample per code; may be longer than needed.</param>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is shorter than <paramref name="encoded"/>.</exception>
    public static void Decode(ReadOnlySpan<byte> encoded, Span<short> samples)
    {
        SpanLength.EnsureDestination(encoded.Length, samples.Length, nameof(samples));
        for (int i = 0; i < encoded.Length; i++)
        {
            samples[i] = Decode(encoded[i]);
        }
    }
}
