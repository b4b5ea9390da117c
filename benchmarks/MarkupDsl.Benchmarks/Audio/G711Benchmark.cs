using System;
using BenchmarkDotNet.Attributes;
using MarkupDsl.Audio;

namespace MarkupDsl.Benchmarks.Audio;

/// <summary>
/// Shared set-up for the G.711 benchmarks: one 20 ms frame (160 samples at 8 kHz) and 1 M samples of random
/// 16-bit audio with their mu-law codes. Modest iteration counts keep the whole run within a few minutes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[Config(typeof(NanosecondsPerSampleConfig))]
public abstract class G711Benchmark
{
    /// <summary>Samples (and codes) converted per operation.</summary>
    [Params(160, 1 << 20)]
    public int Samples { get; set; }

    private protected short[] Linear { get; private set; } = [];

    private protected byte[] Codes { get; private set; } = [];

    private protected byte[] CodesOut { get; private set; } = [];

    private protected short[] LinearOut { get; private set; } = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(711);
        Linear = new short[Samples];
        for (int i = 0; i < Linear.Length; i++)
        {
            Linear[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        }

        Codes = new byte[Samples];
        MuLaw.Encode(Linear, Codes);
        CodesOut = new byte[Samples];
        LinearOut = new short[Samples];
    }
}
