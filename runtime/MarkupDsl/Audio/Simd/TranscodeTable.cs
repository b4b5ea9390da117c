using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MarkupDsl.Audio.Simd;

/// <summary>
/// A sign-preserving code-to-code conversion given by a 128-entry table of magnitude numbers (G.711 Tables 3 and 4),
/// applied one code at a time or 16/32 at a time with <c>pshufb</c>.
/// </summary>
internal sealed class TranscodeTable
{
    private readonly byte sourceMask;

    // Each 16-entry chunk XORed with the chunk before it. pshufb yields zero where an index has bit 7 set, so looking
    // up (index - 16k) in every chunk k and XORing the results telescopes to the one chunk that holds the index.
    private readonly byte[] telescoped = new byte[128];

    /// <summary>Builds the conversion.</summary>
    /// <param name="magnitudes">Target magnitude number for each source magnitude number (0 = smallest).</param>
    /// <param name="sourceMask">Bits the source law inverts in a negative code (mu-law 0x7F, A-law 0x55).</param>
    /// <param name="targetMask">Bits the target law inverts in a negative code.</param>
    public TranscodeTable(ReadOnlySpan<byte> magnitudes, byte sourceMask, byte targetMask)
    {
        this.sourceMask = sourceMask;
        Span<byte> negativeCodes = stackalloc byte[128];
        for (int n = 0; n < 128; n++)
        {
            negativeCodes[n] = (byte)(magnitudes[n] ^ targetMask);
            telescoped[n] = (byte)(n < 16 ? negativeCodes[n] : negativeCodes[n] ^ negativeCodes[n - 16]);
        }

        for (int code = 0; code < 256; code++)
        {
            Codes[code] = (byte)(negativeCodes[(code ^ sourceMask) & 0x7F] ^ (code & 0x80));
        }
    }

    /// <summary>The converted code for each of the 256 source codes.</summary>
    public byte[] Codes { get; } = new byte[256];

    /// <summary>Converts every code; <paramref name="destination"/> may be the same span as <paramref name="source"/>.</summary>
    public void Convert(ReadOnlySpan<byte> source, Span<byte> destination, string destinationName, VectorPath path)
    {
        SpanLength.EnsureDestination(source.Length, destination.Length, destinationName, "codes");
        ref byte from = ref MemoryMarshal.GetReference(source);
        ref byte to = ref MemoryMarshal.GetReference(destination);
        ref byte chunks = ref MemoryMarshal.GetArrayDataReference(telescoped);
        nuint length = (nuint)source.Length;
        nuint i = 0;
        if (path >= VectorPath.Vector256)
        {
            // vpshufb looks up within each 128-bit lane, so each 16-entry chunk sits in both lanes.
            Vector256<byte> t0 = InBothLanes(Vector128.LoadUnsafe(ref chunks, 0));
            Vector256<byte> t1 = InBothLanes(Vector128.LoadUnsafe(ref chunks, 16));
            Vector256<byte> t2 = InBothLanes(Vector128.LoadUnsafe(ref chunks, 32));
            Vector256<byte> t3 = InBothLanes(Vector128.LoadUnsafe(ref chunks, 48));
            Vector256<byte> t4 = InBothLanes(Vector128.LoadUnsafe(ref chunks, 64));
            Vector256<byte> t5 = InBothLanes(Vector128.LoadUnsafe(ref chunks, 80));
            Vector256<byte> t6 = InBothLanes(Vector128.LoadUnsafe(ref chunks, 96));
            Vector256<byte> t7 = InBothLanes(Vector128.LoadUnsafe(ref chunks, 112));
            Vector256<byte> sixteen = Vector256.Create((byte)16);
            for (; i + 32 <= length; i += 32)
            {
                Vector256<byte> codes = Vector256.LoadUnsafe(ref from, i);
                Vector256<byte> index = (codes ^ Vector256.Create(sourceMask)) & Vector256.Create((byte)0x7F);
                // Chunk k is looked up at index - 16k, which has bit 7 set (so gives zero) for indices below the chunk.
                Vector256<byte> converted = Avx2.Shuffle(t0, index)
                    ^ Avx2.Shuffle(t1, index -= sixteen)
                    ^ Avx2.Shuffle(t2, index -= sixteen)
                    ^ Avx2.Shuffle(t3, index -= sixteen)
                    ^ Avx2.Shuffle(t4, index -= sixteen)
                    ^ Avx2.Shuffle(t5, index -= sixteen)
                    ^ Avx2.Shuffle(t6, index -= sixteen)
                    ^ Avx2.Shuffle(t7, index - sixteen);
                (converted ^ (codes & Vector256.Create((byte)0x80))).StoreUnsafe(ref to, i);
            }
        }

        if (path >= VectorPath.Vector128)
        {
            Vector128<byte> t0 = Vector128.LoadUnsafe(ref chunks, 0);
            Vector128<byte> t1 = Vector128.LoadUnsafe(ref chunks, 16);
            Vector128<byte> t2 = Vector128.LoadUnsafe(ref chunks, 32);
            Vector128<byte> t3 = Vector128.LoadUnsafe(ref chunks, 48);
            Vector128<byte> t4 = Vector128.LoadUnsafe(ref chunks, 64);
            Vector128<byte> t5 = Vector128.LoadUnsafe(ref chunks, 80);
            Vector128<byte> t6 = Vector128.LoadUnsafe(ref chunks, 96);
            Vector128<byte> t7 = Vector128.LoadUnsafe(ref chunks, 112);
            Vector128<byte> sixteen = Vector128.Create((byte)16);
            for (; i + 16 <= length; i += 16)
            {
                Vector128<byte> codes = Vector128.LoadUnsafe(ref from, i);
                Vector128<byte> index = (codes ^ Vector128.Create(sourceMask)) & Vector128.Create((byte)0x7F);
                Vector128<byte> converted = Ssse3.Shuffle(t0, index)
                    ^ Ssse3.Shuffle(t1, index -= sixteen)
                    ^ Ssse3.Shuffle(t2, index -= sixteen)
                    ^ Ssse3.Shuffle(t3, index -= sixteen)
                    ^ Ssse3.Shuffle(t4, index -= sixteen)
                    ^ Ssse3.Shuffle(t5, index -= sixteen)
                    ^ Ssse3.Shuffle(t6, index -= sixteen)
                    ^ Ssse3.Shuffle(t7, index - sixteen);
                (converted ^ (codes & Vector128.Create((byte)0x80))).StoreUnsafe(ref to, i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref to, i) = Codes[Unsafe.Add(ref from, i)];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> InBothLanes(Vector128<byte> chunk) => Vector256.Create(chunk, chunk);
}
