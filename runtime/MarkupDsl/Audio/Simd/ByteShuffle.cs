using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace MarkupDsl.Audio.Simd;

/// <summary>Looks bytes up in a 16-entry table held in a register (one instruction where the hardware has one).</summary>
internal static class ByteShuffle
{
    /// <summary>Returns <c>table[index]</c> for every byte; every index must be below 16.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Lookup(Vector128<byte> table, Vector128<byte> indices)
    {
        if (Ssse3.IsSupported)
        {
            return Ssse3.Shuffle(table, indices);
        }

        if (AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.VectorTableLookup(table, indices);
        }

        return Vector128.Shuffle(table, indices);
    }

    /// <summary>Returns <c>table[index]</c> for every byte (AVX2 only); every index must be below 16.</summary>
    /// <remarks><c>vpshufb</c> works within each 128-bit lane, so the 16-entry table is repeated in both lanes.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Lookup(Vector256<byte> table, Vector256<byte> indices) =>
        Avx2.Shuffle(table, indices);
}
