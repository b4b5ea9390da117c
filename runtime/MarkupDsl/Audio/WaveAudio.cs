using System;

namespace MarkupDsl.Audio;

/// <summary>
/// 16-bit linear PCM audio read from a WAV file: the format and the interleaved samples.
/// </summary>
public sealed class WaveAudio
{
    /// <summary>Creates audio from interleaved PCM16 samples.</summary>
    /// <param name="sampleRate">Samples per second per channel, in Hz (8000 for telephony).</param>
    /// <param name="channels">Number of interleaved channels, at least 1.</param>
    /// <param name="samples">Interleaved samples; the length must be a multiple of <paramref name="channels"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate or channel count below 1.</exception>
    /// <exception cref="ArgumentException">A sample count that is not a whole number of frames.</exception>
    public WaveAudio(int sampleRate, int channels, ReadOnlyMemory<short> samples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        if (samples.Length % channels != 0)
        {
            throw new ArgumentException($"{samples.Length} samples do not divide into {channels} channels.", nameof(samples));
        }

        SampleRate = sampleRate;
        Channels = channels;
        Samples = samples;
    }

    /// <summary>Samples per second per channel, in Hz.</summary>
    public int SampleRate { get; }

    /// <summary>Number of interleaved channels.</summary>
    public int Channels { get; }

    /// <summary>The samples, interleaved by channel (for mono, one sample per 1/<see cref="SampleRate"/> s).</summary>
    public ReadOnlyMemory<short> Samples { get; }

    /// <summary>The playing time: samples per channel divided by the sample rate.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds((double)(Samples.Length / Channels) / SampleRate);
}
