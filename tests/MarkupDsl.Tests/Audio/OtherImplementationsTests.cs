using System;
using System.Linq;
using MarkupDsl.Audio;
using NAudio.Codecs;

namespace MarkupDsl.Tests.Audio;

/// <summary>
/// Pins the differences from other G.711 implementations that the <see cref="G711"/> docs state, against NAudio 3.3.0's
/// own codecs (<c>NAudio.Codecs</c> in the NAudio.Core package). Its encoders use the Reese/Campbell routine, which
/// negates a negative sample where G.191 takes its one's complement, in 16 bits: -32768 stays negative after the
/// negation and comes out as a code for silence. Its decoders equal G.191 but for mu-law 0x7F.
/// </summary>
public class OtherImplementationsTests
{
    [Fact]
    public void NAudio_mu_law_encoding_differs_on_127_negative_multiples_of_4_by_one_step_and_on_the_lowest_sample()
    {
        AssertDiffersByOneStepOnNegativeMultiples(MuLawEncoder.LinearToMuLawSample, MuLaw.Encode, 4, -31612, code => code & 0x7F);
        Assert.Equal(0x7E, MuLawEncoder.LinearToMuLawSample(-4));
        Assert.Equal(0x7F, MuLawEncoder.LinearToMuLawSample(short.MinValue));
        Assert.Equal(0x00, MuLaw.Encode(short.MinValue));
    }

    [Fact]
    public void NAudio_A_law_encoding_differs_on_127_negative_multiples_of_16_by_one_step_and_on_the_lowest_sample()
    {
        AssertDiffersByOneStepOnNegativeMultiples(ALawEncoder.LinearToALawSample, ALaw.Encode, 16, -31744, code => (code ^ 0x55) & 0x7F);
        Assert.Equal(0x55, ALawEncoder.LinearToALawSample(short.MinValue));
        Assert.Equal(0x2A, ALaw.Encode(short.MinValue));
    }

    [Fact]
    public void NAudio_decoding_equals_G191_for_every_code_but_mu_law_0x7F_one_at_a_time_and_in_spans()
    {
        byte[] codes = AllInputs.Codes();
        short[] muLaw = new short[codes.Length];
        short[] aLaw = new short[codes.Length];
        MuLawDecoder.Decode(codes, muLaw);
        ALawDecoder.Decode(codes, aLaw);
        for (int code = 0; code < 256; code++)
        {
            short expectedMuLaw = code == 0x7F ? (short)-1 : MuLaw.Decode((byte)code);
            Assert.Equal(expectedMuLaw, MuLawDecoder.MuLawToLinearSample((byte)code));
            Assert.Equal(expectedMuLaw, muLaw[code]);
            Assert.Equal(ALaw.Decode((byte)code), ALawDecoder.ALawToLinearSample((byte)code));
            Assert.Equal(ALaw.Decode((byte)code), aLaw[code]);
        }

        Assert.Equal(0, MuLaw.Decode(0x7F));
    }

    // The one-step differences, apart from short.MinValue, whose negation overflows.
    private static void AssertDiffersByOneStepOnNegativeMultiples(
        Func<short, byte> theirs, Func<short, byte> ours, int multiple, int lowest, Func<byte, int> magnitudeNumber)
    {
        short[] differing = AllInputs.Samples().Where(sample => theirs(sample) != ours(sample)).ToArray();
        Assert.Equal(short.MinValue, differing[0]);
        differing = differing[1..];
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
