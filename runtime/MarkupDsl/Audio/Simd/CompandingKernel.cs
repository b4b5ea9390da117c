using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MarkupDsl.Audio.Simd;

/// <summary>
/// G.711 encode and decode loops shared by both laws: 32 samples per step with AVX2, 16 with 128-bit vectors, and
/// the law's scalar code for the rest (<see cref="ICompandingLaw"/> explains the arithmetic).
/// </summary>
/// <typeparam name="TLaw">The law's constants; a value type, so each law gets its own compiled loops.</typeparam>
internal static class CompandingKernel<TLaw>
    where TLaw : struct, ICompandingLaw
{
    /// <summary>Encodes samples to codes; <paramref name="encoded"/> may alias the start of the samples' memory.</summary>
    public static void Encode(ReadOnlySpan<short> samples, Span<byte> encoded, VectorPath path)
    {
        SpanLength.EnsureDestination(samples.Length, encoded.Length, nameof(encoded), "codes");
        ref short source = ref MemoryMarshal.GetReference(samples);
        ref byte destination = ref MemoryMarshal.GetReference(encoded);
        nuint length = (nuint)samples.Length;
        nuint i = 0;
        if (path >= VectorPath.Vector256)
        {
            for (; i + 32 <= length; i += 32)
            {
                // Both loads come before the store, so encoding in place over PCM16 bytes is safe.
                Encode(Vector256.LoadUnsafe(ref source, i), Vector256.LoadUnsafe(ref source, i + 16)).StoreUnsafe(ref destination, i);
            }
        }

        if (path >= VectorPath.Vector128)
        {
            for (; i + 16 <= length; i += 16)
            {
                Encode(Vector128.LoadUnsafe(ref source, i), Vector128.LoadUnsafe(ref source, i + 8)).StoreUnsafe(ref destination, i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref destination, i) = TLaw.Encode(Unsafe.Add(ref source, i));
        }
    }

    /// <summary>Decodes codes to samples.</summary>
    public static void Decode(ReadOnlySpan<byte> encoded, Span<short> samples, VectorPath path)
    {
        SpanLength.EnsureDestination(encoded.Length, samples.Length, nameof(samples), "samples");
        ref byte source = ref MemoryMarshal.GetReference(encoded);
        ref short destination = ref MemoryMarshal.GetReference(samples);
        nuint length = (nuint)encoded.Length;
        nuint i = 0;
        if (path >= VectorPath.Vector256)
        {
            for (; i + 32 <= length; i += 32)
            {
                (Vector256<short> lower, Vector256<short> upper) = Decode(Vector256.LoadUnsafe(ref source, i));
                lower.StoreUnsafe(ref destination, i);
                upper.StoreUnsafe(ref destination, i + 16);
            }
        }

        if (path >= VectorPath.Vector128)
        {
            for (; i + 16 <= length; i += 16)
            {
                (Vector128<short> lower, Vector128<short> upper) = Decode(Vector128.LoadUnsafe(ref source, i));
                lower.StoreUnsafe(ref destination, i);
                upper.StoreUnsafe(ref destination, i + 8);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref destination, i) = TLaw.Decode(Unsafe.Add(ref source, i));
        }
    }

    /// <summary>Encodes little-endian PCM16 bytes; <paramref name="encoded"/> may be the same buffer (codes fill its first half).</summary>
    public static void EncodePcm16(ReadOnlySpan<byte> pcm16, Span<byte> encoded, VectorPath path)
    {
        int sampleCount = Pcm16.SampleCount(pcm16, nameof(pcm16));
        if (BitConverter.IsLittleEndian)
        {
            Encode(MemoryMarshal.Cast<byte, short>(pcm16), encoded, path);
            return;
        }

        SpanLength.EnsureDestination(sampleCount, encoded.Length, nameof(encoded), "codes");
        for (int i = 0; i < sampleCount; i++)
        {
            encoded[i] = TLaw.Encode(BinaryPrimitives.ReadInt16LittleEndian(pcm16[(2 * i)..]));
        }
    }

    /// <summary>Decodes to little-endian PCM16 bytes, two per code.</summary>
    public static void DecodePcm16(ReadOnlySpan<byte> encoded, Span<byte> pcm16, VectorPath path)
    {
        SpanLength.EnsureDestination(2 * encoded.Length, pcm16.Length, nameof(pcm16), "bytes");
        if (BitConverter.IsLittleEndian)
        {
            Decode(encoded, MemoryMarshal.Cast<byte, short>(pcm16), path);
            return;
        }

        for (int i = 0; i < encoded.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(pcm16[(2 * i)..], TLaw.Decode(encoded[i]));
        }
    }

    /// <summary>Encodes 32 samples with AVX2.</summary>
    /// <remarks>
    /// AVX2's unpack and pack instructions work within each 128-bit lane: unpacking to 32 bits and packing back
    /// restores the order, and the one lane-crossing permute at the end undoes the final pack to bytes.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Encode(Vector256<short> first, Vector256<short> second)
    {
        Vector256<short> firstNegative = Vector256.ShiftRightArithmetic(first, 15);
        Vector256<short> secondNegative = Vector256.ShiftRightArithmetic(second, 15);
        Vector256<byte> codes = Avx2.PackUnsignedSaturate(
            SegmentAndStep(Magnitude(first, firstNegative)),
            SegmentAndStep(Magnitude(second, secondNegative)));
        Vector256<byte> negative = Avx2.PackSignedSaturate(firstNegative, secondNegative).AsByte();
        codes ^= Vector256.Create(TLaw.CodeMask) | Vector256.AndNot(Vector256.Create((byte)0x80), negative);
        return Avx2.Permute4x64(codes.AsUInt64(), 0b11_01_10_00).AsByte();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<short> Magnitude(Vector256<short> samples, Vector256<short> negative)
    {
        Vector256<short> magnitude = Vector256.ShiftRightLogical(samples ^ negative, TLaw.MagnitudeShift) + Vector256.Create(TLaw.MagnitudeBias);
        return TLaw.MagnitudeClip == short.MaxValue ? magnitude : Vector256.Min(magnitude, Vector256.Create(TLaw.MagnitudeClip));
    }

    /// <summary>The 7-bit code (segment and step, before the sign) of each magnitude.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<short> SegmentAndStep(Vector256<short> magnitude)
    {
        Vector256<int> lower = Avx2.UnpackLow(magnitude, Vector256<short>.Zero).AsInt32();
        Vector256<int> upper = Avx2.UnpackHigh(magnitude, Vector256<short>.Zero).AsInt32();
        Vector256<short> code = Avx2.PackSignedSaturate(FloatBits(lower), FloatBits(upper)) - Vector256.Create(TLaw.SegmentBase);
        return TLaw.LinearCodes == 0 ? code : Vector256.Max(code, Vector256.Min(magnitude, Vector256.Create(TLaw.LinearCodes)));
    }

    /// <summary>Encodes 16 samples with the cross-platform 128-bit operations (SSSE3, AdvSimd).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Encode(Vector128<short> first, Vector128<short> second)
    {
        Vector128<short> firstNegative = Vector128.ShiftRightArithmetic(first, 15);
        Vector128<short> secondNegative = Vector128.ShiftRightArithmetic(second, 15);
        Vector128<byte> codes = Vector128.Narrow(
            SegmentAndStep(Magnitude(first, firstNegative)).AsUInt16(),
            SegmentAndStep(Magnitude(second, secondNegative)).AsUInt16());
        Vector128<byte> negative = Vector128.Narrow(firstNegative, secondNegative).AsByte();
        return codes ^ (Vector128.Create(TLaw.CodeMask) | Vector128.AndNot(Vector128.Create((byte)0x80), negative));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> Magnitude(Vector128<short> samples, Vector128<short> negative)
    {
        Vector128<short> magnitude = Vector128.ShiftRightLogical(samples ^ negative, TLaw.MagnitudeShift) + Vector128.Create(TLaw.MagnitudeBias);
        return TLaw.MagnitudeClip == short.MaxValue ? magnitude : Vector128.Min(magnitude, Vector128.Create(TLaw.MagnitudeClip));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> SegmentAndStep(Vector128<short> magnitude)
    {
        (Vector128<int> lower, Vector128<int> upper) = Vector128.Widen(magnitude);
        Vector128<short> code = Vector128.Narrow(FloatBits(lower), FloatBits(upper)) - Vector128.Create(TLaw.SegmentBase);
        return TLaw.LinearCodes == 0 ? code : Vector128.Max(code, Vector128.Min(magnitude, Vector128.Create(TLaw.LinearCodes)));
    }

    /// <summary>Exponent and top four mantissa bits of the exactly converted float: highest set bit and the next four.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> FloatBits(Vector256<int> magnitude) =>
        Vector256.ShiftRightLogical(Vector256.ConvertToSingle(magnitude).AsInt32(), 19);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> FloatBits(Vector128<int> magnitude) =>
        Vector128.ShiftRightLogical(Vector128.ConvertToSingle(magnitude).AsInt32(), 19);

    /// <summary>Decodes 32 codes with AVX2.</summary>
    /// <remarks>
    /// The first permute puts codes 0-7 and 16-23 in the low lane, so that AVX2's in-lane unpacks widen codes 0-15
    /// into the first result and 16-31 into the second. <c>vpsignw</c> negates where the sign word is -1.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<short> Lower, Vector256<short> Upper) Decode(Vector256<byte> codes)
    {
        Vector256<byte> code = Avx2.Permute4x64(codes.AsUInt64(), 0b11_01_10_00).AsByte() ^ Vector256.Create(TLaw.CodeMask);
        Vector256<byte> segment = Vector256.ShiftRightLogical(code.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);
        Vector256<byte> step = code & Vector256.Create((byte)0x0F);
        Vector256<byte> odd = step + step + ByteShuffle.Lookup(Vector256.Create(TLaw.DecodeBias, TLaw.DecodeBias), segment);
        Vector256<byte> scale = ByteShuffle.Lookup(Vector256.Create(TLaw.DecodeScale, TLaw.DecodeScale), segment);
        Vector256<byte> negative = Vector256.GreaterThanOrEqual(code.AsSByte(), Vector256<sbyte>.Zero).AsByte();
        Vector256<byte> sign = negative | Vector256<byte>.One;
        return (
            Expand(Avx2.UnpackLow(odd, Vector256<byte>.Zero), Avx2.UnpackLow(scale, Vector256<byte>.Zero), Avx2.UnpackLow(sign, negative)),
            Expand(Avx2.UnpackHigh(odd, Vector256<byte>.Zero), Avx2.UnpackHigh(scale, Vector256<byte>.Zero), Avx2.UnpackHigh(sign, negative)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector128<short> Lower, Vector128<short> Upper) Decode(Vector128<byte> codes)
    {
        Vector128<byte> code = codes ^ Vector128.Create(TLaw.CodeMask);
        Vector128<byte> segment = Vector128.ShiftRightLogical(code.AsUInt16(), 4).AsByte() & Vector128.Create((byte)0x0F);
        Vector128<byte> step = code & Vector128.Create((byte)0x0F);
        Vector128<byte> odd = step + step + ByteShuffle.Lookup(TLaw.DecodeBias, segment);
        Vector128<byte> scale = ByteShuffle.Lookup(TLaw.DecodeScale, segment);
        Vector128<sbyte> positive = Vector128.LessThan(code.AsSByte(), Vector128<sbyte>.Zero);
        (Vector128<ushort> oddLower, Vector128<ushort> oddUpper) = Vector128.Widen(odd);
        (Vector128<ushort> scaleLower, Vector128<ushort> scaleUpper) = Vector128.Widen(scale);
        (Vector128<short> positiveLower, Vector128<short> positiveUpper) = Vector128.Widen(positive);
        return (Expand(oddLower, scaleLower, positiveLower), Expand(oddUpper, scaleUpper, positiveUpper));
    }

    /// <summary>Magnitude <c>(odd * scale) &lt;&lt; shift - offset</c> (16-bit words), times the sign word (1 or -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<short> Expand(Vector256<byte> odd, Vector256<byte> scale, Vector256<byte> sign)
    {
        Vector256<short> magnitude = Vector256.ShiftLeft(odd.AsInt16() * scale.AsInt16(), TLaw.OutputShift) - Vector256.Create(TLaw.OutputOffset);
        return Avx2.Sign(magnitude, sign.AsInt16());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> Expand(Vector128<ushort> odd, Vector128<ushort> scale, Vector128<short> positive)
    {
        Vector128<short> negated = Vector128.Create(TLaw.OutputOffset) - Vector128.ShiftLeft(odd * scale, TLaw.OutputShift).AsInt16();
        return (negated ^ positive) - positive;
    }
}
