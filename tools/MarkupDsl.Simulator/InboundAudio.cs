using MarkupDsl.Audio;

namespace MarkupDsl.Simulator;

/// <summary>The caller's voice as the provider sends it: mu-law (PCMU) at 8 kHz, cut into 20 ms frames of 160 bytes.</summary>
public sealed class InboundAudio
{
    /// <summary>Samples (and mu-law bytes) in one 20 ms frame at 8 kHz.</summary>
    public const int FrameSamples = 160;

    private InboundAudio(string name, byte[] muLaw, int paddingSamples)
    {
        Name = name;
        MuLaw = muLaw;
        PaddingSamples = paddingSamples;
    }

    /// <summary>Where the audio came from: a file's path or a label.</summary>
    public string Name { get; }

    /// <summary>Every mu-law byte to send, a whole number of frames.</summary>
    public ReadOnlyMemory<byte> MuLaw { get; }

    /// <summary>Samples of mu-law silence that filled up the last frame.</summary>
    public int PaddingSamples { get; }

    /// <summary>Frames to send.</summary>
    public int Frames => MuLaw.Length / FrameSamples;

    /// <summary>How long the audio plays.</summary>
    public TimeSpan Duration => TimeSpan.FromMilliseconds(Frames * 20);

    /// <summary>Reads a WAV file.</summary>
    /// <param name="path">PCM16, 8 kHz, mono.</param>
    /// <returns>The audio.</returns>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">The file is not PCM16 WAV at 8 kHz mono.</exception>
    public static InboundAudio Load(string path) => FromWave(WaveReader.ReadPcm16(path), Path.GetFullPath(path));

    /// <summary>Encodes PCM16 audio as mu-law, padding the last 20 ms frame with silence as a phone line would.</summary>
    /// <param name="audio">8 kHz mono.</param>
    /// <param name="name">Where it came from, for reports.</param>
    /// <returns>The audio.</returns>
    /// <exception cref="InvalidDataException">The audio is not 8 kHz mono, or empty.</exception>
    public static InboundAudio FromWave(WaveAudio audio, string name)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (audio.SampleRate != 8000 || audio.Channels != 1 || audio.Samples.Length == 0)
        {
            throw new InvalidDataException($"{name} is {audio.SampleRate} Hz with {audio.Channels} channel(s) and {audio.Samples.Length} samples; calls carry 8000 Hz mono audio.");
        }

        ReadOnlySpan<short> pcm = audio.Samples.Span;
        int padding = (FrameSamples - (pcm.Length % FrameSamples)) % FrameSamples;
        var muLaw = new byte[pcm.Length + padding];
        MarkupDsl.Audio.MuLaw.Encode(pcm, muLaw);
        muLaw.AsSpan(pcm.Length).Fill(MarkupDsl.Audio.MuLaw.Encode(0));
        return new InboundAudio(name, muLaw, padding);
    }

    /// <summary>Plays the audio over and over until it lasts at least <paramref name="duration"/>.</summary>
    /// <param name="duration">The least length; when shorter than the audio, the audio itself is returned.</param>
    /// <returns>The repeated audio.</returns>
    public InboundAudio Repeat(TimeSpan duration)
    {
        int times = (int)Math.Ceiling(duration / Duration);
        if (times <= 1)
        {
            return this;
        }

        var muLaw = new byte[MuLaw.Length * times];
        for (int i = 0; i < times; i++)
        {
            MuLaw.Span.CopyTo(muLaw.AsSpan(i * MuLaw.Length));
        }

        return new InboundAudio($"{Name} x{times}", muLaw, PaddingSamples);
    }
}
