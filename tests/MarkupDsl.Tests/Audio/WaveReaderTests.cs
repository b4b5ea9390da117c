using System;
using System.Buffers.Binary;
using System.IO;
using MarkupDsl.Audio;

namespace MarkupDsl.Tests.Audio;

public class WaveReaderTests
{
    [Fact]
    public void Skips_other_chunks_including_odd_sized_ones()
    {
        byte[] file = Riff(
            Chunk("LIST", [1, 2, 3]),
            Format(tag: 1, channels: 1, sampleRate: 8000, bits: 16),
            Chunk("fact", [0, 0, 0, 0]),
            Chunk("data", [0x10, 0x00, 0xF0, 0xFF]));

        WaveAudio audio = WaveReader.ReadPcm16(file);

        Assert.Equal(8000, audio.SampleRate);
        Assert.Equal(1, audio.Channels);
        Assert.Equal(new short[] { 16, -16 }, audio.Samples.ToArray());
    }

    [Fact]
    public void Reads_wave_format_extensible_with_the_pcm_sub_format()
    {
        byte[] extensible = new byte[40];
        Format(0xFFFE, 1, 8000, 16).AsSpan(8, 16).CopyTo(extensible);
        BinaryPrimitives.WriteUInt16LittleEndian(extensible.AsSpan(16), 22);
        BinaryPrimitives.WriteUInt16LittleEndian(extensible.AsSpan(24), 1);

        WaveAudio audio = WaveReader.ReadPcm16(Riff(Chunk("fmt ", extensible), Chunk("data", [7, 0])));

        Assert.Equal(new short[] { 7 }, audio.Samples.ToArray());
    }

    [Fact]
    public void Reads_from_a_stream()
    {
        using var stream = new MemoryStream(Riff(Format(1, 1, 8000, 16), Chunk("data", [1, 0, 2, 0])));

        Assert.Equal(new short[] { 1, 2 }, WaveReader.ReadPcm16(stream).Samples.ToArray());
    }

    [Fact]
    public void Drops_a_trailing_partial_sample_frame()
    {
        WaveAudio audio = WaveReader.ReadPcm16(Riff(Format(1, 2, 8000, 16), Chunk("data", [1, 0, 2, 0, 3, 0])));

        Assert.Equal(new short[] { 1, 2 }, audio.Samples.ToArray());
    }

    [Theory]
    [InlineData(3, 16, "WAV format tag 0x0003 at byte 20 is not supported; only linear PCM (1) is.")]
    [InlineData(1, 8, "WAV sample size of 8 bits at byte 34 is not supported; only 16 is.")]
    public void Rejects_other_formats_saying_what_and_where(int tag, int bits, string message)
    {
        byte[] file = Riff(Format((ushort)tag, 1, 8000, (ushort)bits), Chunk("data", [0, 0]));

        Assert.Equal(message, Assert.Throws<InvalidDataException>(() => WaveReader.ReadPcm16(file)).Message);
    }

    [Fact]
    public void Rejects_files_that_are_not_wave()
    {
        Assert.Throws<InvalidDataException>(() => WaveReader.ReadPcm16("RIFF\0\0\0\0AVI "u8));
        Assert.Contains("no 'data' chunk", Assert.Throws<InvalidDataException>(() => WaveReader.ReadPcm16(Riff(Format(1, 1, 8000, 16)))).Message);
        Assert.Contains("no 'fmt ' chunk", Assert.Throws<InvalidDataException>(() => WaveReader.ReadPcm16(Riff(Chunk("data", [0, 0])))).Message);
    }

    private static byte[] Format(ushort tag, ushort channels, uint sampleRate, ushort bits)
    {
        byte[] body = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(body, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), channels);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(4), sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(8), sampleRate * channels * bits / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(12), (ushort)(channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(14), bits);
        return Chunk("fmt ", body);
    }

    private static byte[] Chunk(string id, byte[] body)
    {
        byte[] chunk = new byte[8 + body.Length + (body.Length & 1)];
        System.Text.Encoding.ASCII.GetBytes(id, chunk);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)body.Length);
        body.CopyTo(chunk, 8);
        return chunk;
    }

    private static byte[] Riff(params byte[][] chunks)
    {
        using var file = new MemoryStream();
        file.Write("RIFF\0\0\0\0WAVE"u8);
        foreach (byte[] chunk in chunks)
        {
            file.Write(chunk);
        }

        byte[] bytes = file.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        return bytes;
    }
}
