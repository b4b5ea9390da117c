using System;
using MarkupDsl.Audio.Simd;

namespace MarkupDsl.Audio;

/// <summary>
/// Direct PCMU &lt;-&gt; PCMA transcoding with the conversion tables of ITU-T G.711 (Tables 3 and 4), one byte per
/// sample in and out, and notes on how this library's G.711 compares with other implementations.
/// </summary>
/// <remarks>
/// <para>
/// The direct tables keep the sign and make a round trip nearly transparent: mu-law -&gt; A-law -&gt; mu-law returns
/// every code except the 16 whose magnitude is even and below 16 (where mu-law is finer than A-law), and
/// A-law -&gt; mu-law -&gt; A-law every code except the 16 with magnitudes 25, 27, 29, 31, 44, 46, 62 and 80.
/// They are not decode-then-encode. On positive codes, mu-law to A-law equals <c>ALaw.Encode(MuLaw.Decode(c))</c> except that mu-law
/// magnitudes 48, 49, 64 and 81-95 go one A-law step higher, and A-law to mu-law equals decode-then-encode except
/// that A-law magnitudes 80-95 go one mu-law step lower. Over all 256 codes 44 (mu-law to A-law) and 32 (A-law to
/// mu-law) differ from decode-then-encode, because the G.191 encoder sends a negative value lying exactly on a
/// decision level to the smaller magnitude and turns mu-law's negative zero (0x7F) into positive A-law 0xD5, where
/// Table 3 keeps the sign (0x55). These are the corrected tables: the Sun 1991 <c>g711.c</c> copied into many
/// projects maps mu-law magnitude 80 to A-law 80 and A-law magnitude 79 to mu-law 79, which G.711 has as 79
/// and 80 (mu-law 0x2F -&gt; A-law 0x1A and back).
/// </para>
/// <para>
/// Differences from other implementations, for users who compare outputs. Each was measured over all 65,536 inputs
/// and 256 codes: NAudio 3.3.0, CPython and sox by running them, SIPSorcery through a port of the routine its
/// encoders share with NAudio. Apart from NAudio's -32768 and mu-law 0x7F (below), only encoding differs, never by
/// more than one quantisation step; CPython's and sox's decoders give G.191's values for every code.
/// </para>
/// <list type="bullet">
/// <item><description>NAudio (<c>MuLawEncoder</c>, <c>ALawEncoder</c>), SIPSorcery's G.711 encoders and the many
/// other ports of the Reese/Campbell routine (clip 32635, bias 0x84) negate a negative sample instead of taking its
/// one's complement as G.191 does. mu-law then differs for the 127 negative multiples of 4 from -4 to -31612
/// (-4 gives 0x7E, G.191 0x7F) and A-law for the 127 negative multiples of 16 from -16 to -31744. NAudio negates in
/// 16 bits, so -32768 stays negative and encodes as silence (mu-law 0x7F, A-law 0x55; G.191 0x00 and 0x2A), and its
/// <c>MuLawDecoder</c> decodes 0x7F to -1 where G.191 gives 0; its other decoded values equal G.191's.</description></item>
/// <item><description>CPython's <c>audioop.lin2ulaw</c> (3.11) shifts before negating, which makes a negative
/// magnitude one 14-bit step larger: 508 negative inputs differ (-1 to -4 give 0x7E). <c>audioop.lin2alaw</c> and
/// both decoders equal G.191 exactly.</description></item>
/// <item><description>sox (14.4) adds TPDF dither by default when it writes 8-bit mu-law or A-law from 16-bit PCM,
/// so its codes are not a function of the input. With <c>-D</c> it rounds to 14 (mu-law) or 13 (A-law) bits instead
/// of truncating: 510 mu-law and 1,020 A-law inputs, all within a few units of a decision level, land one step
/// away.</description></item>
/// </list>
/// <para>
/// Span conversions look codes up 32 or 16 at a time with AVX2 or SSSE3 byte shuffles on x86/x64, and one table
/// lookup per code on other processors.
/// </para>
/// <para>Sources: ITU-T G.711 (11/88) Tables 3 and 4; ITU-T G.191 Software Tools Library, <c>g711.c</c>.</para>
/// </remarks>
public static class G711
{
    /// <summary>G.711 Table 3, mu-law to A-law, by magnitude number (0 = smallest magnitude).</summary>
    private static ReadOnlySpan<byte> MuLawToALawMagnitudes =>
    [
        0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7,
        8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 26, 28, 30, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
        45, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78,
        79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
        96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    ];

    /// <summary>G.711 Table 4, A-law to mu-law, by magnitude number (0 = smallest magnitude).</summary>
    private static ReadOnlySpan<byte> ALawToMuLawMagnitudes =>
    [
        1, 3, 5, 7, 9, 11, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 32, 32, 33, 33, 34, 34, 35, 35,
        36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 48, 49, 49,
        50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 64,
        65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
        80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
        96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    ];

    private static readonly TranscodeTable MuLawToALawTable =
        new(MuLawToALawMagnitudes, MuLawCompanding.CodeMask, ALawCompanding.CodeMask);

    private static readonly TranscodeTable ALawToMuLawTable =
        new(ALawToMuLawMagnitudes, ALawCompanding.CodeMask, MuLawCompanding.CodeMask);

    /// <summary>Converts one mu-law code to the A-law code G.711 Table 3 gives for it.</summary>
    /// <param name="muLaw">A mu-law (PCMU) code.</param>
    /// <returns>The A-law (PCMA) code, with the same sign.</returns>
    public static byte MuLawToALaw(byte muLaw) => MuLawToALawTable.Codes[muLaw];

    /// <summary>Converts one A-law code to the mu-law code G.711 Table 4 gives for it.</summary>
    /// <param name="aLaw">An A-law (PCMA) code.</param>
    /// <returns>The mu-law (PCMU) code, with the same sign.</returns>
    public static byte ALawToMuLaw(byte aLaw) => ALawToMuLawTable.Codes[aLaw];

    /// <summary>Converts mu-law codes to A-law codes (G.711 Table 3), one byte per sample.</summary>
    /// <param name="muLaw">mu-law (PCMU) codes, for example one 20 ms frame of 160 bytes.</param>
    /// <param name="aLaw">Receives one A-law code per input code; may be the very same span as <paramref name="muLaw"/>
    /// to convert in place, but must not otherwise overlap it.</param>
    /// <exception cref="ArgumentException"><paramref name="aLaw"/> is shorter than <paramref name="muLaw"/>.</exception>
    public static void MuLawToALaw(ReadOnlySpan<byte> muLaw, Span<byte> aLaw) =>
        MuLawToALaw(muLaw, aLaw, VectorPaths.BestForTableLookup);

    /// <summary>Converts A-law codes to mu-law codes (G.711 Table 4), one byte per sample.</summary>
    /// <param name="aLaw">A-law (PCMA) codes, for example one 20 ms frame of 160 bytes.</param>
    /// <param name="muLaw">Receives one mu-law code per input code; may be the very same span as <paramref name="aLaw"/>
    /// to convert in place, but must not otherwise overlap it.</param>
    /// <exception cref="ArgumentException"><paramref name="muLaw"/> is shorter than <paramref name="aLaw"/>.</exception>
    public static void ALawToMuLaw(ReadOnlySpan<byte> aLaw, Span<byte> muLaw) =>
        ALawToMuLaw(aLaw, muLaw, VectorPaths.BestForTableLookup);

    internal static void MuLawToALaw(ReadOnlySpan<byte> muLaw, Span<byte> aLaw, VectorPath path) =>
        MuLawToALawTable.Convert(muLaw, aLaw, nameof(aLaw), path);

    internal static void ALawToMuLaw(ReadOnlySpan<byte> aLaw, Span<byte> muLaw, VectorPath path) =>
        ALawToMuLawTable.Convert(aLaw, muLaw, nameof(muLaw), path);
}
