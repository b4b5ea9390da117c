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
        SpanLength.EnsureDestination(source.Length, destination.Length, destinationName);
        ref byte from = ref MemoryMarshal.GetReference(source);
        ref byte to = ref MemoryMarshal.GetReference(destination);
        ref byte chunks = ref MemoryMarshal.GetArrayDataReference(telescoped);
        nuint length = (nuint)source.Length;
        nuint i = 0;
        if (path >= VectorPath.Vector256)
        {
            for (; i + 32 <= length; i += 32)
            {
                Vector256<byte> codes = Vector256.LoadUnsafe(ref from, i);
                Vector256<byte> index = (codes ^ Vector256.Create(sourceMask)) & Vector256.Create((byte)0x7F);
                Vector256<byte> converted = Vector256<byte>.Zero;
                for (nuint chunk = 0; chunk < 128; chunk += 16)
                {
                    Vector128<byte> table = Vector128.LoadUnsafe(ref chunks, chunk);
                    converted ^= Avx2.Shuffle(Vector256.Create(table, table), index);
                    index -= Vector256.Create((byte)16);
                }

                (converted ^ (codes & Vector256.Create((byte)0x80))).StoreUnsafe(ref to, i);
            }
        }

        if (path >= VectorPath.Vector128)
        {
            for (; i + 16 <= length; i += 16)
            {
                Vector128<byte> codes = Vector128.LoadUnsafe(ref from, i);
                Vector128<byte> index = (codes ^ Vector128.Create(sourceMask)) & Vector128.Create((byte)0x7F);
                Vector128<byte> converted = Vector128<byte>.Zero;
                for (nuint chunk = 0; chunk < 128; chunk += 16)
                {
                    converted ^= Ssse3.Shuffle(Vector128.LoadUnsafe(ref chunks, chunk), index);
                    index -= Vector128.Create((byte)16);
                }

                (converted ^ (codes & Vector128.Create((byte)0x80))).StoreUnsafe(ref to, i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref to, i) = Codes[Unsafe.Add(ref from, i)];
        }
    }
}
