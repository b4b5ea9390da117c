using BenchmarkDotNet.Attributes;
using MarkupDsl.Audio;

namespace MarkupDsl.Benchmarks.Audio;

/// <summary>PCMU to PCMA with G.711 Table 3.</summary>
public class TranscodeBenchmarks : G711Benchmark
{
    [Benchmark(Baseline = true, Description = "256-entry scalar table")]
    public void ScalarTable()
    {
        byte[] codes = Codes;
        byte[] converted = CodesOut;
        for (int i = 0; i < codes.Length; i++)
        {
            converted[i] = G711.MuLawToALaw(codes[i]);
        }
    }

    [Benchmark(Description = "G711.MuLawToALaw")]
    public void Span() => G711.MuLawToALaw(Codes, CodesOut);
}
