using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace MarkupDsl.Audio;

/// <summary>
/// L16: uncompressed signed 16-bit PCM in network byte order (big-endian), as defined for RTP by RFC 3551 §4.5.11
/// and the <c>audio/L16</c> media type (RFC 2586), for providers that stream linear PCM instead of G.711.
/// </summary>
/// <remarks>
/// <para>Which byte order applies where:</para>
/// <list type="bullet">
/// <item><description>Big-endian (L16, these methods' <c>l16</c> buffers): Telnyx media streaming with the
/// <c>L16</c> codec, and RTP L16 payloads in general. SignalWire's <c>audio/x-L16</c> streams (cXML
/// <c>codec="L16@16000h"</c> or <c>"L16@24000h"</c>) carry the same media type name; check a capture before relying
/// on its byte order.</description></item>
/// <item><description>Little-endian (the <c>pcm16</c> buffers): the data chunk of a WAV file, and a
/// <see cref="short"/> array in memory on x64 and Arm64, which the <see cref="MuLaw"/> and <see cref="ALaw"/>
/// <c>Pcm16</c> overloads read and write.</description></item>
/// </list>
/// <para>Byte buffers hold two bytes per sample; L16 has no fixed rate (8, 16 or 24 kHz are announced by the stream),
/// so 20 ms is 320, 640 or 960 bytes. Conversions are vectorised by the runtime's byte-order reversal.</para>
/// </remarks>
public static class L16
{
    /// <summary>Writes samples as big-endian L16 bytes.</summary>
    /// <param name="samples">Signed 16-bit PCM samples.</param>
    /// <param name="l16">Receives <c>2 * samples.Length</c> bytes, high byte first.</param>
    /// <exception cref="ArgumentException"><paramref name="l16"/> is shorter than <c>2 * samples.Length</c> bytes.</exception>
    public static void Encode(ReadOnlySpan<short> samples, Span<byte> l16)
    {
        SpanLength.EnsureDestination(2 * samples.Length, l16.Length, nameof(l16), "bytes");
        Span<short> destination = MemoryMarshal.Cast<byte, short>(l16[..(2 * samples.Length)]);
        if (BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(samples, destination);
        }
        else
        {
            samples.CopyTo(destination);
        }
    }

    /// <summary>Reads big-endian L16 bytes as samples.</summary>
    /// <param name="l16">L16 bytes, high byte first; an even number of them.</param>
    /// <param name="samples">Receives <c>l16.Length / 2</c> samples.</param>
    /// <exception cref="ArgumentException"><paramref name="l16"/> has an odd length, or <paramref name="samples"/> is
    /// shorter than <c>l16.Length / 2</c>.</exception>
    public static void Decode(ReadOnlySpan<byte> l16, Span<short> samples)
    {
        int count = Pcm16.SampleCount(l16, nameof(l16));
        SpanLength.EnsureDestination(count, samples.Length, nameof(samples), "samples");
        ReadOnlySpan<short> source = MemoryMarshal.Cast<byte, short>(l16);
        if (BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(source, samples);
        }
        else
        {
            source.CopyTo(samples);
        }
    }

    /// <summary>Converts little-endian PCM16 bytes (a WAV data chunk) to big-endian L16 bytes.</summary>
    /// <param name="pcm16">Little-endian PCM16 bytes; an even number of them.</param>
    /// <param name="l16">Receives <c>pcm16.Length</c> bytes; may be the very same span, to convert in place.</param>
    /// <exception cref="ArgumentException"><paramref name="pcm16"/> has an odd length, or <paramref name="l16"/> is
    /// shorter than it.</exception>
    public static void FromPcm16(ReadOnlySpan<byte> pcm16, Span<byte> l16) => SwapBytes(pcm16, l16, nameof(pcm16), nameof(l16));

    /// <summary>Converts big-endian L16 bytes to little-endian PCM16 bytes (a WAV data chunk).</summary>
    /// <param name="l16">Big-endian L16 bytes; an even number of them.</param>
    /// <param name="pcm16">Receives <c>l16.Length</c> bytes; may be the very same span, to convert in place.</param>
    /// <exception cref="ArgumentException"><paramref name="l16"/> has an odd length, or <paramref name="pcm16"/> is
    /// shorter than it.</exception>
    public static void ToPcm16(ReadOnlySpan<byte> l16, Span<byte> pcm16) => SwapBytes(l16, pcm16, nameof(l16), nameof(pcm16));

    private static void SwapBytes(ReadOnlySpan<byte> source, Span<byte> destination, string sourceName, string destinationName)
    {
        Pcm16.SampleCount(source, sourceName);
        SpanLength.EnsureDestination(source.Length, destination.Length, destinationName, "bytes");
        BinaryPrimitives.ReverseEndianness(
            MemoryMarshal.Cast<byte, short>(source),
            MemoryMarshal.Cast<byte, short>(destination[..source.Length]));
    }
}
