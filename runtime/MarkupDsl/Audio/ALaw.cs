using System;
using System.Numerics;
using MarkupDsl.Audio.Simd;

namespace MarkupDsl.Audio;

/// <summary>
/// ITU-T G.711 A-law (PCMA, RTP payload type 8; common on European calls), bit-exact with the ITU-T G.191
/// reference <c>g711.c</c> for all 65,536 samples and 256 codes.
/// </summary>
/// <remarks>
/// <para>
/// Samples are signed 16-bit linear PCM; one code (one byte) carries one sample. Telephony runs at 8 kHz, so a
/// 20 ms frame is 160 samples and 160 codes. Span lengths count samples (<see cref="short"/>) or codes
/// (<see cref="byte"/>); the <c>Pcm16</c> overloads take bytes of little-endian PCM16 as stored in a WAV file.
/// </para>
/// <para>
/// A negative sample is quantised through its one's complement (symmetric about -0.5: -1 to -16 encode to 0x55,
/// 0 to 15 to 0xD5), and the even bits of every code are inverted (XOR 0x55). Decoded values are multiples of 8
/// in [-32256, 32256], never 0; encoding a decoded value gives back the code for every code.
/// Where other libraries (NAudio, SIPSorcery, CPython's <c>audioop</c>, sox) differ, and why: see <see cref="G711"/>.
/// </para>
/// <para>Spans are converted with AVX2 or 128-bit vectors where the processor has them, any length accepted.</para>
/// </remarks>
public static class ALaw
{
    /// <summary>Encodes one 16-bit linear sample.</summary>
    /// <param name="sample">Signed 16-bit linear PCM sample.</param>
    /// <returns>The A-law code, even bits inverted as sent on the line.</returns>
    public static byte Encode(short sample)
    {
        int negative = sample >> 31;
        int magnitude = (sample ^ negative) >> 4; // one's complement: 0..2047
        int code = magnitude;
        if (magnitude > 31)
        {
            // Segments 0 and 1 are linear; above them the segment is the highest set bit - 3, then the next 4 bits.
            int segment = 28 - BitOperations.LeadingZeroCount((uint)magnitude);
            code = (segment << 4) | ((magnitude >> (segment - 1)) & 0xF);
        }

        return (byte)(code ^ (0x55 | (~negative & 0x80)));
    }

    /// <summary>Decodes one A-law code.</summary>
    /// <param name="code">An A-law code.</param>
    /// <returns>A multiple of 8 in [-32256, 32256]; never 0 (0xD5 gives 8, 0x55 gives -8).</returns>
    public static short Decode(byte code)
    {
        int value = code ^ 0x55;
        int segment = (value >> 4) & 7;
        int magnitude = ((value & 0xF) << 4) + 8;
        if (segment > 0)
        {
            magnitude = (magnitude + 0x100) << (segment - 1);
        }

        return (short)((value & 0x80) != 0 ? magnitude : -magnitude);
    }

    /// <summary>Encodes 16-bit linear samples, one code per sample.</summary>
    /// <param name="samples">Signed 16-bit PCM samples, for example one 20 ms frame of 160 at 8 kHz.</param>
    /// <param name="encoded">Receives <c>samples.Length</c> codes; may be longer.</param>
    /// <exception cref="ArgumentException"><paramref name="encoded"/> is shorter than <paramref name="samples"/>.</exception>
    public static void Encode(ReadOnlySpan<short> samples, Span<byte> encoded) =>
        CompandingKernel<ALawCompanding>.Encode(samples, encoded, VectorPaths.Best);

    /// <summary>Decodes A-law codes, one sample per code.</summary>
    /// <param name="encoded">A-law codes, for example one 20 ms frame of 160 bytes.</param>
    /// <param name="samples">Receives <c>encoded.Length</c> samples; may be longer.</param>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is shorter than <paramref name="encoded"/>.</exception>
    public static void Decode(ReadOnlySpan<byte> encoded, Span<short> samples) =>
        CompandingKernel<ALawCompanding>.Decode(encoded, samples, VectorPaths.Best);

    /// <summary>Encodes little-endian 16-bit PCM bytes (a WAV file's data chunk), one code per two bytes.</summary>
    /// <param name="pcm16">Little-endian PCM16: two bytes per sample, low byte first.</param>
    /// <param name="encoded">Receives <c>pcm16.Length / 2</c> codes. It may be the same buffer as
    /// <paramref name="pcm16"/> (the codes then fill its first half) but must not otherwise overlap it.</param>
    /// <exception cref="ArgumentException"><paramref name="pcm16"/> has an odd length, or <paramref name="encoded"/>
    /// is shorter than <c>pcm16.Length / 2</c>.</exception>
    public static void EncodePcm16(ReadOnlySpan<byte> pcm16, Span<byte> encoded) =>
        CompandingKernel<ALawCompanding>.EncodePcm16(pcm16, encoded, VectorPaths.Best);

    /// <summary>Decodes A-law codes to little-endian 16-bit PCM bytes (a WAV file's data chunk).</summary>
    /// <param name="encoded">A-law codes.</param>
    /// <param name="pcm16">Receives <c>2 * encoded.Length</c> bytes, low byte first; must not overlap
    /// <paramref name="encoded"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="pcm16"/> is shorter than <c>2 * encoded.Length</c> bytes.</exception>
    public static void DecodePcm16(ReadOnlySpan<byte> encoded, Span<byte> pcm16) =>
        CompandingKernel<ALawCompanding>.DecodePcm16(encoded, pcm16, VectorPaths.Best);
}
