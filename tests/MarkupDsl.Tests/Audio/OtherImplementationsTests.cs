using System;
using System.Collections.Generic;
using System.Linq;
using MarkupDsl.Audio;

namespace MarkupDsl.Tests.Audio;

/// <summary>Pins the differences from other G.711 implementations that the <see cref="G711"/> docs state.</summary>
public class OtherImplementationsTests
{
    [Fact]
    public void Reese_Campbell_mu_law_differs_only_on_127_negative_multiples_of_4_by_one_step()
    {
        List<short> differing = Differing(ReeseCampbell.MuLawEncode, MuLaw.Encode);
        Assert.Equal(127, differing.Count);
        Assert.All(differing, sample => Assert.True(sample < 0 && sample % 4 == 0, $"{sample}"));
        Assert.Equal(-31612, differing.Min());
        Assert.Equal(-4, differing.Max());
        Assert.Equal(0x7E, ReeseCampbell.MuLawEncode(-4));
        Assert.All(differing, sample => Assert.Equal(1, Math.Abs(ReeseCampbell.MuLawEncode(sample) - MuLaw.Encode(sample))));
    }

    [Fact]
    public void Reese_Campbell_A_law_differs_only_on_127_negative_multiples_of_16_by_one_step()
    {
        List<short> differing = Differing(ReeseCampbell.ALawEncode, ALaw.Encode);
        Assert.Equal(127, differing.Count);
        Assert.All(differing, sample => Assert.True(sample < 0 && sample % 16 == 0, $"{sample}"));
        Assert.Equal(-31744, differing.Min());
        Assert.Equal(-16, differing.Max());
        Assert.All(differing, sample => Assert.Equal(1, Math.Abs(MagnitudeNumber(ReeseCampbell.ALawEncode(sample)) - MagnitudeNumber(ALaw.Encode(sample)))));
    }

    [Fact]
    public void Reese_Campbell_decoding_equals_G191()
    {
        for (int code = 0; code < 256; code++)
        {
            Assert.Equal(MuLaw.Decode((byte)code), ReeseCampbell.MuLawDecode((byte)code));
        }
    }

    private static int MagnitudeNumber(byte aLaw) => (aLaw ^ 0x55) & 0x7F;

    private static List<short> Differing(Func<short, byte> theirs, Func<short, byte> ours) =>
        AllInputs.Samples().Where(sample => theirs(sample) != ours(sample)).ToList();
}
