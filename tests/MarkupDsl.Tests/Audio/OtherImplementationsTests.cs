using System;
using System.Linq;
using MarkupDsl.Audio;

namespace MarkupDsl.Tests.Audio;

/// <summary>Pins the differences from other G.711 implementations that the <see cref="G711"/> docs state.</summary>
public class OtherImplementationsTests
{
    [Fact]
    public void Reese_Campbell_mu_law_differs_only_on_127_negative_multiples_of_4_by_one_step()
    {
        AssertDiffersByOneStepOnNegativeMultiples(ReeseCampbell.MuLawEncode, MuLaw.Encode, 4, -31612, code => code & 0x7F);
        Assert.Equal(0x7E, ReeseCampbell.MuLawEncode(-4));
    }

    [Fact]
    public void Reese_Campbell_A_law_differs_only_on_127_negative_multiples_of_16_by_one_step() =>
        AssertDiffersByOneStepOnNegativeMultiples(ReeseCampbell.ALawEncode, ALaw.Encode, 16, -31744, code => (code ^ 0x55) & 0x7F);

    [Fact]
    public void Reese_Campbell_decoding_equals_G191()
    {
        for (int code = 0; code < 256; code++)
        {
            Assert.Equal(MuLaw.Decode((byte)code), ReeseCampbell.MuLawDecode((byte)code));
        }
    }

    private static void AssertDiffersByOneStepOnNegativeMultiples(
        Func<short, byte> theirs, Func<short, byte> ours, int multiple, int lowest, Func<byte, int> magnitudeNumber)
    {
        short[] differing = AllInputs.Samples().Where(sample => theirs(sample) != ours(sample)).ToArray();
        Assert.Equal(127, differing.Length);
        Assert.Equal(lowest, differing.Min());
        Assert.Equal(-multiple, differing.Max());
        Assert.All(differing, sample =>
        {
            Assert.True(sample % multiple == 0, $"{sample} is not a multiple of {multiple}");
            Assert.Equal(1, Math.Abs(magnitudeNumber(theirs(sample)) - magnitudeNumber(ours(sample))));
        });
    }
}
