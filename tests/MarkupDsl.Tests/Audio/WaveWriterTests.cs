using System;
using System.Buffers.Binary;
using System.IO;
using MarkupDsl.Audio;

namespace MarkupDsl.Tests.Audio;

public class WaveWriterTests
{
    [Fact]
    public void Writes_the_canonical_header_and_little_endian_samples()
    {
        var stream = new MemoryStream();

        using (var writer = new WaveWriter(stream, 8000, leaveOpen: true))
        {
            writer.Write([1, -2]);
            writer.Write([0x1234]);
        }

        byte[] expected =
        [
            .. "RIFF"u8, 42, 0, 0, 0, .. "WAVE"u8,
            .. "fmt "u8, 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x80, 0x3E, 0, 0, 2, 0, 16, 0,
            .. "data"u8, 6, 0, 0, 0, 0x01, 0x00, 0xFE, 0xFF, 0x34, 0x12,
        ];
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public void Leaves_unknown_sizes_until_disposed_so_an_unfinished_file_reads_to_its_end()
    {
        var stream = new MemoryStream();
        var writer = new WaveWriter(stream, 8000, leaveOpen: true);
        writer.Write([5, 6, 7]);

        byte[] unfinished = stream.ToArray();
        writer.Dispose();

        Assert.Equal(uint.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(unfinished.AsSpan(40)));
        Assert.Equal(new short[] { 5, 6, 7 }, WaveReader.ReadPcm16(unfinished).Samples.ToArray());
        Assert.Equal(6u, BinaryPrimitives.ReadUInt32LittleEndian(stream.ToArray().AsSpan(40)));
    }

    [Fact]
    public void Round_trips_stereo_through_a_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"wave-{Guid.NewGuid():N}.wav");
        try
        {
            using (WaveWriter writer = WaveWriter.Create(path, 16000, channels: 2))
            {
                writer.Write([short.MinValue, short.MaxValue, 0, -1]);
                Assert.Equal(4, writer.SamplesWritten);
            }

            WaveAudio audio = WaveReader.ReadPcm16(path);

            Assert.Equal(16000, audio.SampleRate);
            Assert.Equal(2, audio.Channels);
            Assert.Equal(new short[] { short.MinValue, short.MaxValue, 0, -1 }, audio.Samples.ToArray());
            Assert.Equal(TimeSpan.FromSeconds(2 / 16000.0), audio.Duration);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Closes_the_stream_unless_asked_to_leave_it_open()
    {
        var stream = new MemoryStream();

        new WaveWriter(stream, 8000).Dispose();

        Assert.False(stream.CanWrite);
    }

    [Fact]
    public void Rejects_a_stream_it_cannot_patch_and_bad_formats()
    {
        using var readOnly = new MemoryStream([], writable: false);

        Assert.Equal("stream", Assert.Throws<ArgumentException>(() => new WaveWriter(readOnly, 8000)).ParamName);
        Assert.Equal("sampleRate", Assert.Throws<ArgumentOutOfRangeException>(() => new WaveWriter(new MemoryStream(), 0)).ParamName);
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => new WaveWriter(new MemoryStream(), 8000, 0)).ParamName);
    }

    [Fact]
    public void Refuses_to_write_after_dispose()
    {
        var writer = new WaveWriter(new MemoryStream(), 8000);
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.Write([1]));
    }
}
