using System;
using MarkupDsl.Audio;
using MarkupDsl.Audio.Simd;

namespace MarkupDsl.Tests.Audio;

public sealed class ALawTests : CompandingContract
{
    [Theory]
    [InlineData(-32768, 0x2A)]
    [InlineData(-32767, 0x2A)]
    [InlineData(-31612, 0x2B)]
    [InlineData(-17, 0x54)]
    [InlineData(-4, 0x55)]
    [InlineData(-1, 0x55)]
    [InlineData(0, 0xD5)]
    [InlineData(1, 0xD5)]
    [InlineData(4, 0xD5)]
    [InlineData(16, 0xD4)]
    [InlineData(32635, 0xAA)]
    [InlineData(32636, 0xAA)]
    [InlineData(32767, 0xAA)]
    public void Encode_matches_reference_vectors(short sample, byte expected) =>
        Assert.Equal(expected, ALaw.Encode(sample));

    [Theory]
    [InlineData(0x00, -5504)]
    [InlineData(0x7F, -848)]
    [InlineData(0x80, 5504)]
    [InlineData(0xFF, 848)]
    [InlineData(0x55, -8)]
    [InlineData(0xD5, 8)]
    [InlineData(0x2A, -32256)]
    [InlineData(0xAA, 32256)]
    public void Decode_matches_reference_vectors(byte code, short expected) =>
        Assert.Equal(expected, ALaw.Decode(code));

    [Fact]
    public void Encode_of_decode_returns_every_code()
    {
        for (int code = 0; code < 256; code++)
        {
            Assert.Equal((byte)code, ALaw.Encode(ALaw.Decode((byte)code)));
        }
    }

    private protected override byte Encode(short sample) => ALaw.Encode(sample);

    private protected override short Decode(byte code) => ALaw.Decode(code);

    private protected override void Encode(ReadOnlySpan<short> samples, Span<byte> encoded) => ALaw.Encode(samples, encoded);

    private protected override void Decode(ReadOnlySpan<byte> encoded, Span<short> samples) => ALaw.Decode(encoded, samples);

    private protected override void EncodePcm16(ReadOnlySpan<byte> pcm16, Span<byte> encoded) => ALaw.EncodePcm16(pcm16, encoded);

    private protected override void DecodePcm16(ReadOnlySpan<byte> encoded, Span<byte> pcm16) => ALaw.DecodePcm16(encoded, pcm16);

    private protected override void Encode(ReadOnlySpan<short> samples, Span<byte> encoded, VectorPath path) =>
        CompandingKernel<ALawCompanding>.Encode(samples, encoded, path);

    private protected override void Decode(ReadOnlySpan<byte> encoded, Span<short> samples, VectorPath path) =>
        CompandingKernel<ALawCompanding>.Decode(encoded, samples, path);

    private protected override byte OracleEncode(short sample) => G191Oracle.ALawEncode(sample);

    private protected override short OracleDecode(byte code) => G191Oracle.ALawDecode(code);
}
