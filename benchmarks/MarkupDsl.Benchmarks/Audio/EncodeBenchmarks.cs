using BenchmarkDotNet.Attributes;
using MarkupDsl.Audio;
using NAudio.Codecs;

namespace MarkupDsl.Benchmarks.Audio;

/// <summary>16-bit linear to G.711 codes.</summary>
public class EncodeBenchmarks : G711Benchmark
{
    [Benchmark(Description = "NAudio per sample (mu-law)")]
    public void NAudioPerSample()
    {
        short[] linear = Linear;
        byte[] codes = CodesOut;
        for (int i = 0; i < linear.Length; i++)
        {
            codes[i] = MuLawEncoder.LinearToMuLawSample(linear[i]);
        }
    }

    [Benchmark(Baseline = true, Description = "16 K scalar table (mu-law)")]
    public void ScalarTable() => ScalarTableMuLaw.Encode(Linear, CodesOut);

    [Benchmark(Description = "MuLaw.Encode")]
    public void MuLawSpan() => MuLaw.Encode(Linear, CodesOut);

    [Benchmark(Description = "ALaw.Encode")]
    public void ALawSpan() => ALaw.Encode(Linear, CodesOut);
}
