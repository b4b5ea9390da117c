using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        SpanLength.EnsureDestination(samples.Length, encoded.Length, nameof(encoded));
        ref short source = ref MemoryMarshal.GetReference(samples);
        ref byte destination = ref MemoryMarshal.GetReference(encoded);
        nuint length = (nuint)samples.Length;
        nuint i = 0;
        if (path >= VectorPath.Vector256)
        {
            for (; i + 32 <= length; i += 32)
            {
                // Both loads come before the store, so encoding in place over PCM16 bytes is safe.
                Vector256<ushort> lower = Encode(Vector256.LoadUnsafe(ref source, i));
                Vector256<ushort> upper = Encode(Vector256.LoadUnsafe(ref source, i + 16));
                Vector256.Narrow(lower, upper).StoreUnsafe(ref destination, i);
            }
        }

        if (path >= VectorPath.Vector128)
        {
            for (; i + 16 <= length; i += 16)
            {
                Vector128<ushort> lower = Encode(Vector128.LoadUnsafe(ref source, i));
                Vector128<ushort> upper = Encode(Vector128.LoadUnsafe(ref source, i + 8));
                Vector128.Narrow(lower, upper).StoreUnsafe(ref destination, i);
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
        SpanLength.EnsureDestination(encoded.Length, samples.Length, nameof(samples));
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

        SpanLength.EnsureDestination(sampleCount, encoded.Length, nameof(encoded));
        for (int i = 0; i < sampleCount; i++)
        {
            encoded[i] = TLaw.Encode(BinaryPrimitives.ReadInt16LittleEndian(pcm16[(2 * i)..]));
        }
    }

    /// <summary>Decodes to little-endian PCM16 bytes, two per code.</summary>
    public static void DecodePcm16(ReadOnlySpan<byte> encoded, Span<byte> pcm16, VectorPath path)
    {
        SpanLength.EnsureDestination(2 * encoded.Length, pcm16.Length, nameof(pcm16));
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Encode(Vector256<short> samples)
    {
        Vector256<short> negative = Vector256.ShiftRightArithmetic(samples, 15);
        Vector256<short> magnitude = Vector256.Min(
            Vector256.ShiftRightLogical(samples ^ negative, TLaw.MagnitudeShift) + Vector256.Create(TLaw.MagnitudeBias),
            Vector256.Create(TLaw.MagnitudeClip));
        (Vector256<int> lower, Vector256<int> upper) = Vector256.Widen(magnitude);
        Vector256<short> code = Vector256.Narrow(SegmentAndStep(lower), SegmentAndStep(upper)) - Vector256.Create(TLaw.SegmentBase);
        if (TLaw.LinearCodes != 0)
        {
            code = Vector256.Max(code, Vector256.Min(magnitude, Vector256.Create(TLaw.LinearCodes)));
        }

        Vector256<short> mask = Vector256.Create((short)TLaw.CodeMask) | Vector256.AndNot(Vector256.Create((short)0x80), negative);
        return (code ^ mask).AsUInt16();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Encode(Vector128<short> samples)
    {
        Vector128<short> negative = Vector128.ShiftRightArithmetic(samples, 15);
        Vector128<short> magnitude = Vector128.Min(
            Vector128.ShiftRightLogical(samples ^ negative, TLaw.MagnitudeShift) + Vector128.Create(TLaw.MagnitudeBias),
            Vector128.Create(TLaw.MagnitudeClip));
        (Vector128<int> lower, Vector128<int> upper) = Vector128.Widen(magnitude);
        Vector128<short> code = Vector128.Narrow(SegmentAndStep(lower), SegmentAndStep(upper)) - Vector128.Create(TLaw.SegmentBase);
        if (TLaw.LinearCodes != 0)
        {
            code = Vector128.Max(code, Vector128.Min(magnitude, Vector128.Create(TLaw.LinearCodes)));
        }

        Vector128<short> mask = Vector128.Create((short)TLaw.CodeMask) | Vector128.AndNot(Vector128.Create((short)0x80), negative);
        return (code ^ mask).AsUInt16();
    }

    /// <summary>Exponent and top four mantissa bits of the exactly converted float: highest set bit and the next four.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> SegmentAndStep(Vector256<int> magnitude) =>
        Vector256.ShiftRightLogical(Vector256.ConvertToSingle(magnitude).AsInt32(), 19);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> SegmentAndStep(Vector128<int> magnitude) =>
        Vector128.ShiftRightLogical(Vector128.ConvertToSingle(magnitude).AsInt32(), 19);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<short> Lower, Vector256<short> Upper) Decode(Vector256<byte> codes)
    {
        Vector256<byte> code = codes ^ Vector256.Create(TLaw.CodeMask);
        Vector256<byte> segment = Vector256.ShiftRightLogical(code.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);
        Vector256<byte> step = code & Vector256.Create((byte)0x0F);
        Vector256<byte> odd = step + step + ByteShuffle.Lookup(Vector256.Create(TLaw.DecodeBias, TLaw.DecodeBias), segment);
        Vector256<byte> scale = ByteShuffle.Lookup(Vector256.Create(TLaw.DecodeScale, TLaw.DecodeScale), segment);
        Vector256<sbyte> positive = Vector256.LessThan(code.AsSByte(), Vector256<sbyte>.Zero);
        (Vector256<ushort> oddLower, Vector256<ushort> oddUpper) = Vector256.Widen(odd);
        (Vector256<ushort> scaleLower, Vector256<ushort> scaleUpper) = Vector256.Widen(scale);
        (Vector256<short> positiveLower, Vector256<short> positiveUpper) = Vector256.Widen(positive);
        return (Expand(oddLower, scaleLower, positiveLower), Expand(oddUpper, scaleUpper, positiveUpper));
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

    /// <summary>Magnitude <c>(odd * scale) &lt;&lt; shift - offset</c>, negated unless the code's sign bit says positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<short> Expand(Vector256<ushort> odd, Vector256<ushort> scale, Vector256<short> positive)
    {
        Vector256<short> negated = Vector256.Create(TLaw.OutputOffset) - Vector256.ShiftLeft(odd * scale, TLaw.OutputShift).AsInt16();
        return (negated ^ positive) - positive;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> Expand(Vector128<ushort> odd, Vector128<ushort> scale, Vector128<short> positive)
    {
        Vector128<short> negated = Vector128.Create(TLaw.OutputOffset) - Vector128.ShiftLeft(odd * scale, TLaw.OutputShift).AsInt16();
        return (negated ^ positive) - positive;
    }
}
