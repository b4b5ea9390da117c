using BenchmarkDotNet.Attributes;
using MarkupDsl.Audio;
using MarkupDsl.Tests.Audio;

namespace MarkupDsl.Benchmarks.Audio;

/// <summary>G.711 codes to 16-bit linear.</summary>
public class DecodeBenchmarks : G711Benchmark
{
    [Benchmark(Description = "Reese/Campbell per sample (mu-law)")]
    public void ReeseCampbellPerSample()
    {
        byte[] codes = Codes;
        short[] linear = LinearOut;
        for (int i = 0; i < codes.Length; i++)
        {
            linear[i] = ReeseCampbell.MuLawDecode(codes[i]);
        }
    }

    [Benchmark(Baseline = true, Description = "256-entry scalar table (mu-law)")]
    public void ScalarTable() => ScalarTableMuLaw.Decode(Codes, LinearOut);

    [Benchmark(Description = "MuLaw.Decode")]
    public void MuLawSpan() => MuLaw.Decode(Codes, LinearOut);

    [Benchmark(Description = "ALaw.Decode")]
    public void ALawSpan() => ALaw.Decode(Codes, LinearOut);
}
