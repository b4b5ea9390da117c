using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace MarkupDsl.Audio.Simd;

/// <summary>The widest instruction set a G.711 conversion may use; tests force narrower paths to compare them.</summary>
internal enum VectorPath
{
    /// <summary>One sample at a time (also finishes the tail shorter than a vector on the other paths).</summary>
    Scalar,

    /// <summary>16 samples at a time: SSSE3 on x86/x64, AdvSimd on Arm64.</summary>
    Vector128,

    /// <summary>32 samples at a time with AVX2, then the <see cref="Vector128"/> and scalar paths for the tail.</summary>
    Vector256,
}

/// <summary>Chooses the fastest <see cref="VectorPath"/> this processor supports.</summary>
internal static class VectorPaths
{
    /// <summary>The path the public API uses: a JIT-time constant.</summary>
    public static VectorPath Best { get; } =
        Avx2.IsSupported ? VectorPath.Vector256
        : Ssse3.IsSupported || (AdvSimd.Arm64.IsSupported && Vector128.IsHardwareAccelerated) ? VectorPath.Vector128
        : VectorPath.Scalar;

    /// <summary>Best path for byte-table lookups, which rely on the x86 <c>pshufb</c> rule that a set bit 7 yields zero.</summary>
    public static VectorPath BestForTableLookup { get; } =
        Avx2.IsSupported ? VectorPath.Vector256 : Ssse3.IsSupported ? VectorPath.Vector128 : VectorPath.Scalar;
}
