using System;
using MarkupDsl.Audio;

namespace MarkupDsl.Tests.Audio;

public class MuLawTests
{
    [Theory]
    [InlineData(-32768, 0x00)]
    [InlineData(-32767, 0x00)]
    [InlineData(-31612, 0x01)]
    [InlineData(-17, 0x7D)]
    [InlineData(-4, 0x7F)]
    [InlineData(-1, 0x7F)]
    [InlineData(0, 0xFF)]
    [InlineData(1, 0xFF)]
    [InlineData(4, 0xFE)]
    [InlineData(16, 0xFD)]
    [InlineData(32635, 0x80)]
    [InlineData(32636, 0x80)]
    [InlineData(32767, 0x80)]
    public void Encode_matches_reference_vectors(short sample, byte expected) =>
        Assert.Equal(expected, MuLaw.Encode(sample));

    [Theory]
    [InlineData(0x00, -32124)]
    [InlineData(0x7F, 0)]
    [InlineData(0x80, 32124)]
    [InlineData(0xFF, 0)]
    [InlineData(0x55, -716)]
    [InlineData(0xD5, 716)]
    public void Decode_matches_reference_vectors(byte code, short expected) =>
        Assert.Equal(expected, MuLaw.Decode(code));

    [Fact]
    public void Encode_matches_G191_for_every_sample()
    {
        short[] samples = AllInputs.Samples();
        byte[] encoded = new byte[samples.Length];
        MuLaw.Encode(samples, encoded);
        for (int i = 0; i < samples.Length; i++)
        {
            byte expected = G191Oracle.MuLawEncode(samples[i]);
            Assert.True(expected == encoded[i], $"span encode of {samples[i]}: 0x{encoded[i]:X2}, G.191 says 0x{expected:X2}");
            Assert.True(expected == MuLaw.Encode(samples[i]), $"encode of {samples[i]} differs from G.191");
        }
    }

    [Fact]
    public void Decode_matches_G191_for_every_code()
    {
        byte[] codes = AllInputs.Codes();
        short[] decoded = new short[codes.Length];
        MuLaw.Decode(codes, decoded);
        for (int i = 0; i < codes.Length; i++)
        {
            short expected = G191Oracle.MuLawDecode(codes[i]);
            Assert.True(expected == decoded[i], $"span decode of 0x{codes[i]:X2}: {decoded[i]}, G.191 says {expected}");
            Assert.True(expected == MuLaw.Decode(codes[i]), $"decode of 0x{codes[i]:X2} differs from G.191");
        }
    }

    [Fact]
    public void Encode_of_decode_returns_every_code_but_negative_zero()
    {
        for (int code = 0; code < 256; code++)
        {
            byte roundTrip = MuLaw.Encode(MuLaw.Decode((byte)code));
            Assert.Equal(code == 0x7F ? (byte)0xFF : (byte)code, roundTrip);
        }
    }

    [Fact]
    public void Encode_rejects_a_short_destination_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => MuLaw.Encode(new short[160], new byte[159]));
        Assert.Equal("encoded", error.ParamName);
        Assert.Contains("160", error.Message);
        Assert.Contains("159", error.Message);
    }

    [Fact]
    public void Decode_rejects_a_short_destination_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => MuLaw.Decode(new byte[160], new short[10]));
        Assert.Equal("samples", error.ParamName);
        Assert.Contains("160", error.Message);
        Assert.Contains("10", error.Message);
    }
}
