using System;
using System.Buffers.Binary;
using MarkupDsl.Audio;

namespace MarkupDsl.Tests.Audio;

public class L16Tests
{
    [Fact]
    public void Encode_writes_big_endian_bytes_and_decode_reads_them()
    {
        short[] samples = [0x1234, -2, short.MinValue];
        byte[] l16 = new byte[7];
        L16.Encode(samples, l16);
        Assert.Equal(new byte[] { 0x12, 0x34, 0xFF, 0xFE, 0x80, 0x00, 0x00 }, l16);

        short[] decoded = new short[3];
        L16.Decode(l16.AsSpan(0, 6), decoded);
        Assert.Equal(samples, decoded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(160)]
    [InlineData(161)]
    public void Pcm16_and_L16_convert_both_ways_in_place(int sampleCount)
    {
        short[] samples = AllInputs.RandomSamples(sampleCount, seed: sampleCount);
        byte[] buffer = new byte[2 * sampleCount];
        for (int i = 0; i < sampleCount; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(2 * i), samples[i]);
        }

        L16.FromPcm16(buffer, buffer);
        for (int i = 0; i < sampleCount; i++)
        {
            Assert.Equal(samples[i], BinaryPrimitives.ReadInt16BigEndian(buffer.AsSpan(2 * i)));
        }

        L16.ToPcm16(buffer, buffer);
        for (int i = 0; i < sampleCount; i++)
        {
            Assert.Equal(samples[i], BinaryPrimitives.ReadInt16LittleEndian(buffer.AsSpan(2 * i)));
        }
    }

    [Fact]
    public void Odd_byte_counts_and_short_destinations_are_rejected_naming_the_parameter()
    {
        Assert.Equal("l16", Assert.Throws<ArgumentException>(() => L16.Decode(new byte[3], new short[2])).ParamName);
        Assert.Equal("pcm16", Assert.Throws<ArgumentException>(() => L16.FromPcm16(new byte[5], new byte[6])).ParamName);
        Assert.Equal("l16", Assert.Throws<ArgumentException>(() => L16.ToPcm16(new byte[5], new byte[6])).ParamName);
        Assert.Equal("l16", Assert.Throws<ArgumentException>(() => L16.Encode(new short[160], new byte[319])).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => L16.Decode(new byte[320], new short[159])).ParamName);
        Assert.Equal("pcm16", Assert.Throws<ArgumentException>(() => L16.ToPcm16(new byte[320], new byte[318])).ParamName);
    }
}
