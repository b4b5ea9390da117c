using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.InteropServices;

namespace MarkupDsl.Audio;

/// <summary>
/// Reads RIFF/WAVE files holding 16-bit linear PCM (format tag 1, or WAVE_FORMAT_EXTENSIBLE with the PCM
/// sub-format), the layout written by sox, espeak-ng and <see cref="WaveWriter"/>. Chunks other than
/// <c>fmt </c> and <c>data</c> (LIST, fact, ...) are skipped; a <c>data</c> size of 0xFFFFFFFF or one running past
/// the end of the file (a recording that was never finished) means "up to the end of the file".
/// </summary>
public static class WaveReader
{
    private const int RiffHeaderSize = 12;
    private const int ChunkHeaderSize = 8;
    private const ushort FormatPcm = 1;
    private const ushort FormatExtensible = 0xFFFE;

    /// <summary>Reads a WAV file from disk.</summary>
    /// <param name="path">Path of the file.</param>
    /// <returns>The format and the interleaved samples.</returns>
    /// <exception cref="InvalidDataException">The file is not PCM16 WAV; the message says what and at which byte.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static WaveAudio ReadPcm16(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadPcm16(File.ReadAllBytes(path));
    }

    /// <summary>Reads a WAV file from the current position of a stream to its end.</summary>
    /// <param name="stream">A readable stream; it is read to the end and left open.</param>
    /// <returns>The format and the interleaved samples.</returns>
    /// <exception cref="InvalidDataException">The content is not PCM16 WAV; the message says what and at which byte.</exception>
    public static WaveAudio ReadPcm16(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ReadPcm16(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a whole WAV file held in memory.</summary>
    /// <param name="file">The bytes of the file, from the <c>RIFF</c> tag on.</param>
    /// <returns>The format and the interleaved samples (copied out of <paramref name="file"/>).</returns>
    /// <exception cref="InvalidDataException">The content is not PCM16 WAV; the message says what and at which byte.</exception>
    public static WaveAudio ReadPcm16(ReadOnlySpan<byte> file)
    {
        if (file.Length < RiffHeaderSize || !file[..4].SequenceEqual("RIFF"u8) || !file[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException("Not a WAV file: expected 'RIFF' at byte 0 and 'WAVE' at byte 8.");
        }

        int sampleRate = 0;
        int channels = 0;
        ReadOnlySpan<byte> data = default;
        bool hasFormat = false, hasData = false;
        int offset = RiffHeaderSize;
        while (offset + ChunkHeaderSize <= file.Length)
        {
            ReadOnlySpan<byte> id = file.Slice(offset, 4);
            uint declaredSize = BinaryPrimitives.ReadUInt32LittleEndian(file[(offset + 4)..]);
            int body = offset + ChunkHeaderSize;
            int size = declaredSize > (uint)(file.Length - body) ? file.Length - body : (int)declaredSize;
            if (id.SequenceEqual("fmt "u8))
            {
                (sampleRate, channels) = ReadFormat(file.Slice(body, size), body);
                hasFormat = true;
            }
            else if (id.SequenceEqual("data"u8))
            {
                data = file.Slice(body, size);
                hasData = true;
            }

            // Chunks are padded to an even length.
            offset = body + size + (size & 1);
        }

        if (!hasFormat)
        {
            throw new InvalidDataException("WAV file has no 'fmt ' chunk.");
        }

        if (!hasData)
        {
            throw new InvalidDataException("WAV file has no 'data' chunk.");
        }

        int frameBytes = channels * sizeof(short);
        var samples = new short[data.Length / frameBytes * channels];
        data[..(samples.Length * sizeof(short))].CopyTo(MemoryMarshal.AsBytes(samples.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(samples, samples);
        }

        return new WaveAudio(sampleRate, channels, samples);
    }

    private static (int SampleRate, int Channels) ReadFormat(ReadOnlySpan<byte> format, int position)
    {
        if (format.Length < 16)
        {
            throw new InvalidDataException($"WAV 'fmt ' chunk at byte {position} is {format.Length} bytes long; at least 16 are needed.");
        }

        ushort tag = BinaryPrimitives.ReadUInt16LittleEndian(format);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(format[2..]);
        uint sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(format[4..]);
        int bitsPerSample = BinaryPrimitives.ReadUInt16LittleEndian(format[14..]);

        // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID (offset 24).
        if (tag == FormatExtensible && format.Length >= 26)
        {
            tag = BinaryPrimitives.ReadUInt16LittleEndian(format[24..]);
        }

        if (tag != FormatPcm)
        {
            throw new InvalidDataException($"WAV format tag 0x{tag:X4} at byte {position} is not supported; only linear PCM (1) is.");
        }

        if (bitsPerSample != 16)
        {
            throw new InvalidDataException($"WAV sample size of {bitsPerSample} bits at byte {position + 14} is not supported; only 16 is.");
        }

        if (channels == 0 || sampleRate == 0 || sampleRate > int.MaxValue)
        {
            throw new InvalidDataException($"WAV 'fmt ' chunk at byte {position} declares {channels} channels at {sampleRate} Hz.");
        }

        return ((int)sampleRate, channels);
    }
}
