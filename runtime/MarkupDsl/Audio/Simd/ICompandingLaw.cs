using System.Runtime.Intrinsics;

namespace MarkupDsl.Audio.Simd;

/// <summary>
/// The constants that make one vector kernel serve both G.711 laws (implemented by value types so that the JIT
/// specialises <see cref="CompandingKernel{TLaw}"/> for each law and folds these into immediate operands).
/// </summary>
/// <remarks>
/// Encoding, per 16-bit lane: <c>s</c> = all ones for a negative sample; magnitude
/// <c>m = min(((x ^ s) &gt;&gt; <see cref="MagnitudeShift"/>) + <see cref="MagnitudeBias"/>, <see cref="MagnitudeClip"/>)</c>;
/// converting <c>m</c> to <see cref="float"/> puts its highest set bit in the exponent field and the next four bits
/// at the top of the mantissa, so <c>(bits &gt;&gt; 19) - <see cref="SegmentBase"/></c> is the segment and the 4-bit
/// step, the whole 7-bit code before the sign. A-law's first two segments are linear, which
/// <see cref="LinearCodes"/> restores. Decoding inverts it: with <c>c = code ^ <see cref="CodeMask"/></c>,
/// segment <c>e</c> and step <c>k</c>, the magnitude is <c>((2k + Bias[e]) * Scale[e]) &lt;&lt; OutputShift - OutputOffset</c>.
/// </remarks>
internal interface ICompandingLaw
{
    /// <summary>Right shift that drops the bits the law ignores (mu-law 2, A-law 4).</summary>
    static abstract int MagnitudeShift { get; }

    /// <summary>Bias added to the shifted magnitude (mu-law 33, A-law none).</summary>
    static abstract short MagnitudeBias { get; }

    /// <summary>Largest biased magnitude: mu-law 0x1FFF; <see cref="short.MaxValue"/> for A-law, which needs no clip.</summary>
    static abstract short MagnitudeClip { get; }

    /// <summary>Float exponent and mantissa nibble of the lowest segment: 0x840 (2^5, mu-law), 0x820 (2^4, A-law).</summary>
    static abstract short SegmentBase { get; }

    /// <summary>Magnitudes up to this are their own code (A-law 31: two linear segments; mu-law 0: none).</summary>
    static abstract short LinearCodes { get; }

    /// <summary>The bits the law inverts in a negative code: mu-law 0x7F (all), A-law 0x55 (even bits).</summary>
    static abstract byte CodeMask { get; }

    /// <summary>Per segment (index = sign bit &lt;&lt; 3 | segment), the odd term added to twice the step.</summary>
    static abstract Vector128<byte> DecodeBias { get; }

    /// <summary>Per segment (index = sign bit &lt;&lt; 3 | segment), the power of two the segment scales by.</summary>
    static abstract Vector128<byte> DecodeScale { get; }

    /// <summary>Final left shift of the decoded magnitude (mu-law 2, A-law 3).</summary>
    static abstract int OutputShift { get; }

    /// <summary>Subtracted from the decoded magnitude (mu-law removes its bias, 132; A-law 0).</summary>
    static abstract short OutputOffset { get; }

    /// <summary>The law's scalar encoder, used for tails and on hardware without vectors.</summary>
    static abstract byte Encode(short sample);

    /// <summary>The law's scalar decoder, used for tails and on hardware without vectors.</summary>
    static abstract short Decode(byte code);
}
