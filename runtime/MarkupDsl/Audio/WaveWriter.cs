using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.InteropServices;

namespace MarkupDsl.Audio;

/// <summary>
/// Writes a 16-bit linear PCM WAV file incrementally: the canonical 44-byte RIFF header (format tag 1), then the
/// samples in little-endian order as they come. The header is written first with the size fields set to 0xFFFFFFFF
/// ("unknown", which <see cref="WaveReader"/> reads to the end of the file) and patched with the real sizes on
/// <see cref="Dispose"/>, so a recording cut short by a crash stays readable.
/// </summary>
public sealed class WaveWriter : IDisposable
{
    private const int HeaderSize = 44;
    private const uint MaxDataBytes = uint.MaxValue - (HeaderSize - 8);

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly long _headerPosition;
    private long _dataBytes;
    private bool _disposed;

    /// <summary>Starts a WAV file on a stream, writing its header at the current position.</summary>
    /// <param name="stream">A writable, seekable stream (the header is patched at the end).</param>
    /// <param name="sampleRate">Samples per second per channel, in Hz (8000 for telephony).</param>
    /// <param name="channels">Number of interleaved channels (1 for a call leg).</param>
    /// <param name="leaveOpen">Whether <see cref="Dispose"/> leaves <paramref name="stream"/> open.</param>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable and seekable.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate below 1 or a channel count outside 1..65535.</exception>
    public WaveWriter(Stream stream, int sampleRate, int channels = 1, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite || !stream.CanSeek)
        {
            throw new ArgumentException("The stream must be writable and seekable.", nameof(stream));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, ushort.MaxValue);
        _stream = stream;
        _leaveOpen = leaveOpen;
        SampleRate = sampleRate;
        Channels = channels;
        _headerPosition = stream.Position;
        WriteHeader(uint.MaxValue);
    }

    /// <summary>Creates (or overwrites) a WAV file on disk.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="sampleRate">Samples per second per channel, in Hz.</param>
    /// <param name="channels">Number of interleaved channels.</param>
    /// <returns>A writer that owns the file and closes it on <see cref="Dispose"/>.</returns>
    /// <exception cref="IOException">The file cannot be created.</exception>
    public static WaveWriter Create(string path, int sampleRate, int channels = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            return new WaveWriter(file, sampleRate, channels);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Samples per second per channel, in Hz.</summary>
    public int SampleRate { get; }

    /// <summary>Number of interleaved channels.</summary>
    public int Channels { get; }

    /// <summary>Samples written so far, counting every channel.</summary>
    public long SamplesWritten => _dataBytes / sizeof(short);

    /// <summary>Appends interleaved samples.</summary>
    /// <param name="samples">PCM16 samples, interleaved by channel.</param>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    /// <exception cref="InvalidOperationException">The file would exceed the 4 GiB limit of the RIFF format.</exception>
    public void Write(ReadOnlySpan<short> samples)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        long bytes = (long)samples.Length * sizeof(short);
        if (_dataBytes + bytes > MaxDataBytes)
        {
            throw new InvalidOperationException("A WAV file holds at most 4 GiB of samples.");
        }

        if (BitConverter.IsLittleEndian)
        {
            _stream.Write(MemoryMarshal.AsBytes(samples));
        }
        else
        {
            Span<short> swapped = stackalloc short[256];
            for (int start = 0; start < samples.Length; start += swapped.Length)
            {
                ReadOnlySpan<short> part = samples.Slice(start, Math.Min(swapped.Length, samples.Length - start));
                BinaryPrimitives.ReverseEndianness(part, swapped);
                _stream.Write(MemoryMarshal.AsBytes(swapped[..part.Length]));
            }
        }

        _dataBytes += bytes;
    }

    /// <summary>Writes the final sizes into the header, flushes, and closes the stream unless asked to leave it open.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            long end = _stream.Position;
            _stream.Position = _headerPosition;
            WriteHeader((uint)_dataBytes);
            _stream.Position = end;
            _stream.Flush();
        }
        finally
        {
            if (!_leaveOpen)
            {
                _stream.Dispose();
            }
        }
    }

    private void WriteHeader(uint dataBytes)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        int blockAlign = Channels * sizeof(short);
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], dataBytes == uint.MaxValue ? uint.MaxValue : dataBytes + HeaderSize - 8);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)((long)SampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], dataBytes);
        _stream.Write(header);
    }
}
