using System;
using MarkupDsl.Audio;
using MarkupDsl.Audio.Simd;

namespace MarkupDsl.Tests.Audio;

public sealed class MuLawTests : CompandingContract
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
    public void Encode_of_decode_returns_every_code_but_negative_zero()
    {
        for (int code = 0; code < 256; code++)
        {
            byte roundTrip = MuLaw.Encode(MuLaw.Decode((byte)code));
            Assert.Equal(code == 0x7F ? (byte)0xFF : (byte)code, roundTrip);
        }
    }

    private protected override byte Encode(short sample) => MuLaw.Encode(sample);

    private protected override short Decode(byte code) => MuLaw.Decode(code);

    private protected override void Encode(ReadOnlySpan<short> samples, Span<byte> encoded) => MuLaw.Encode(samples, encoded);

    private protected override void Decode(ReadOnlySpan<byte> encoded, Span<short> samples) => MuLaw.Decode(encoded, samples);

    private protected override void EncodePcm16(ReadOnlySpan<byte> pcm16, Span<byte> encoded) => MuLaw.EncodePcm16(pcm16, encoded);

    private protected override void DecodePcm16(ReadOnlySpan<byte> encoded, Span<byte> pcm16) => MuLaw.DecodePcm16(encoded, pcm16);

    private protected override void Encode(ReadOnlySpan<short> samples, Span<byte> encoded, VectorPath path) =>
        CompandingKernel<MuLawCompanding>.Encode(samples, encoded, path);

    private protected override void Decode(ReadOnlySpan<byte> encoded, Span<short> samples, VectorPath path) =>
        CompandingKernel<MuLawCompanding>.Decode(encoded, samples, path);

    private protected override byte OracleEncode(short sample) => G191Oracle.MuLawEncode(sample);

    private protected override short OracleDecode(byte code) => G191Oracle.MuLawDecode(code);
}
