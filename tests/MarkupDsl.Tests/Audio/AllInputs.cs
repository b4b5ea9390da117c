using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics.X86;
using MarkupDsl.Audio.Simd;

namespace MarkupDsl.Tests.Audio;

/// <summary>Inputs and vector paths shared by the G.711 tests.</summary>
internal static class AllInputs
{
    /// <summary>Lengths around the 16- and 32-element vector widths and the 160-sample frame.</summary>
    public static readonly int[] OddLengths = [1, 2, 15, 16, 17, 31, 32, 33, 47, 63, 65, 159, 160, 161, 1001];

    /// <summary>Every 16-bit sample, in ascending order.</summary>
    public static short[] Samples()
    {
        var samples = new short[65536];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)(i - 32768);
        }

        return samples;
    }

    /// <summary>Every code, in ascending order, repeated <paramref name="times"/> times.</summary>
    public static byte[] Codes(int times = 1)
    {
        var codes = new byte[256 * times];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = (byte)i;
        }

        return codes;
    }

    /// <summary>The paths this processor runs, from scalar up to the one the public API picks.</summary>
    public static IEnumerable<VectorPath> PathsUpTo(VectorPath best)
    {
        // On the x64 machines this project builds on, make sure the widest path really is under test.
        Assert.True(!Avx2.IsSupported || best == VectorPath.Vector256, $"AVX2 is present but the best path is {best}");
        for (var path = VectorPath.Scalar; path <= best; path++)
        {
            yield return path;
        }
    }

    /// <summary>Random samples, the same on every run.</summary>
    public static short[] RandomSamples(int count, int seed)
    {
        var random = new Random(seed);
        var samples = new short[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        }

        return samples;
    }
}
