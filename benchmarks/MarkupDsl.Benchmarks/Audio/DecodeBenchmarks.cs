using BenchmarkDotNet.Attributes;
using MarkupDsl.Audio;
using NAudio.Codecs;

namespace MarkupDsl.Benchmarks.Audio;

/// <summary>G.711 codes to 16-bit linear.</summary>
public class DecodeBenchmarks : G711Benchmark
{
    [Benchmark(Description = "NAudio per sample (mu-law)")]
    public void NAudioPerSample()
    {
        byte[] codes = Codes;
        short[] linear = LinearOut;
        for (int i = 0; i < codes.Length; i++)
        {
            linear[i] = MuLawDecoder.MuLawToLinearSample(codes[i]);
        }
    }

    [Benchmark(Baseline = true, Description = "256-entry scalar table (mu-law)")]
    public void ScalarTable() => ScalarTableMuLaw.Decode(Codes, LinearOut);

    [Benchmark(Description = "MuLaw.Decode")]
    public void MuLawSpan() => MuLaw.Decode(Codes, LinearOut);

    [Benchmark(Description = "ALaw.Decode")]
    public void ALawSpan() => ALaw.Decode(Codes, LinearOut);
}
