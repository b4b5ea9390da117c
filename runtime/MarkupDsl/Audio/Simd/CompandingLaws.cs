using System.Runtime.Intrinsics;

namespace MarkupDsl.Audio.Simd;

/// <summary>mu-law's constants for <see cref="CompandingKernel{TLaw}"/> (derivation in <see cref="ICompandingLaw"/>).</summary>
internal readonly struct MuLawCompanding : ICompandingLaw
{
    public static int MagnitudeShift => 2;

    public static short MagnitudeBias => 33;

    public static short MagnitudeClip => 0x1FFF;

    public static short SegmentBase => 0x840;

    public static short LinearCodes => 0;

    public static byte CodeMask => 0x7F;

    // Magnitude = ((2k + 33) << e) * 4 - 132, the G.191 expansion ((0x80 << e) + step * k + step / 2 - 132).
    public static Vector128<byte> DecodeBias => Vector128.Create((byte)33);

    public static Vector128<byte> DecodeScale =>
        Vector128.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128);

    public static int OutputShift => 2;

    public static short OutputOffset => 132;

    public static byte Encode(short sample) => MuLaw.Encode(sample);

    public static short Decode(byte code) => MuLaw.Decode(code);
}

/// <summary>A-law's constants for <see cref="CompandingKernel{TLaw}"/> (derivation in <see cref="ICompandingLaw"/>).</summary>
internal readonly struct ALawCompanding : ICompandingLaw
{
    public static int MagnitudeShift => 4;

    public static short MagnitudeBias => 0;

    public static short MagnitudeClip => short.MaxValue;

    public static short SegmentBase => 0x820;

    public static short LinearCodes => 31;

    public static byte CodeMask => 0x55;

    // Magnitude = (2k + 1) * 8 in segment 0 and ((2k + 33) << (e - 1)) * 8 above: G.191's ((k + 16) * 16 + 8) << (e - 1).
    public static Vector128<byte> DecodeBias =>
        Vector128.Create((byte)1, 33, 33, 33, 33, 33, 33, 33, 1, 33, 33, 33, 33, 33, 33, 33);

    public static Vector128<byte> DecodeScale =>
        Vector128.Create((byte)1, 1, 2, 4, 8, 16, 32, 64, 1, 1, 2, 4, 8, 16, 32, 64);

    public static int OutputShift => 3;

    public static short OutputOffset => 0;

    public static byte Encode(short sample) => ALaw.Encode(sample);

    public static short Decode(byte code) => ALaw.Decode(code);
}
