using System;

namespace MarkupDsl.Audio;

/// <summary>Checks on byte buffers that hold 16-bit PCM, two bytes per sample.</summary>
internal static class Pcm16
{
    /// <summary>Returns the number of samples in <paramref name="pcm16"/>.</summary>
    /// <exception cref="ArgumentException">The length is odd, so the buffer does not hold whole samples.</exception>
    public static int SampleCount(ReadOnlySpan<byte> pcm16, string parameterName)
    {
        if ((pcm16.Length & 1) != 0)
        {
            throw new ArgumentException(
                $"16-bit PCM needs two bytes per sample, but '{parameterName}' holds an odd number of bytes ({pcm16.Length}).",
                parameterName);
        }

        return pcm16.Length / 2;
    }
}
